//! `plan` compiles a YAML description of a Vietnamese work program
//! (*chương trình công tác*, *kế hoạch*) into the finished PDF, laid out per
//! the Party rules (36-HD/VPTW, 05-HD/VPTW) or the state rules (Nghị định
//! 30/2020/NĐ-CP).
//!
//! The pipeline runs one way, one stage per module:
//!
//! ```text
//! bytes ──source──▶ SourceFile ──load──▶ model::Plan ──resolve──▶ Resolved
//!       ──view──▶ View (JSON) ──render──▶ PagedDocument ──export──▶ PDF file
//! ```
//!
//! [`build`] is the only place that chains the stages.

pub mod compose;
pub mod diag;
pub mod export;
pub mod load;
pub mod model;
pub mod render;
pub mod resolve;
pub mod rules;
pub mod source;
pub mod suggest;
pub mod vi;
pub mod view;
