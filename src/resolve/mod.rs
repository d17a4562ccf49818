//! Checks and resolution: [`crate::model::Plan`] → the resolved plan.
