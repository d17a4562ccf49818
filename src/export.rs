//! Document → PDF bytes → file, written atomically.
