//! The CI recipes in `docs/ci/` (issue 12, item 4): the commands between
//! `plan-recipe-begin` and `plan-recipe-end` of each recipe are run, as
//! written, in a temporary git repository of plans, with this build's
//! `plan` first on the `PATH`.

use std::path::Path;
use std::process::{Command, Output};

use crate::support::cli::root;
use crate::support::git::Repo;
use crate::support::plans::may;

/// The commands of a recipe: each line between the markers, without the
/// YAML around it (`- `, `run: `).
fn commands(recipe: &str) -> Vec<String> {
    let text =
        std::fs::read_to_string(root().join("docs/ci").join(recipe)).expect("recipe");
    let mut out = Vec::new();
    let mut inside = false;
    for line in text.lines() {
        let line = line.trim();
        if line == "# plan-recipe-begin" {
            inside = true;
        } else if line == "# plan-recipe-end" {
            inside = false;
        } else if inside && !line.starts_with('#') {
            let command = line.trim_start_matches("- ").trim_start_matches("run: ");
            out.push(command.to_owned());
        }
    }
    assert!(!out.is_empty(), "{recipe} has commands");
    out
}

/// Runs `command` with `sh` in `dir`, this build's `plan` first on the PATH.
fn shell(dir: &Path, command: &str) -> Output {
    let bin = Path::new(env!("CARGO_BIN_EXE_plan")).parent().expect("bin folder");
    let path = format!("{}:{}", bin.display(), std::env::var("PATH").unwrap_or_default());
    Command::new("sh")
        .args(["-c", command])
        .current_dir(dir)
        .env("PATH", path)
        .env_remove("PLAN_LANG")
        .output()
        .expect("sh runs")
}

/// A repository with two plans (one in a subfolder, including a shared
/// file), committed.
fn repository() -> Repo {
    let repo = Repo::new();
    repo.write("plans/2024-05.yaml", &may());
    let tan_yen =
        std::fs::read_to_string(root().join("plans/tan-yen-school-year-2024-2025.yaml"))
            .expect("the school-year plan");
    repo.write("plans/phong-gd/ke-hoach-nam-hoc.yaml", &tan_yen);
    repo.write("plans/shared/dia-chi.yaml", "archive: VT\n");
    repo.commit("kế hoạch");
    repo
}

#[test]
fn every_recipe_runs_as_written_on_a_repository_of_plans() {
    for recipe in ["github-actions.yml", "gitlab-ci.yml"] {
        let repo = repository();
        for command in commands(recipe) {
            let out = shell(repo.path(), &command);
            assert_eq!(
                out.status.code(),
                Some(0),
                "{recipe}: `{command}`:\n{}",
                String::from_utf8_lossy(&out.stderr)
            );
        }
        assert!(
            repo.path().join("plans/2024-05.pdf").exists(),
            "{recipe} built the PDFs"
        );
        assert!(repo.path().join("plans/phong-gd/ke-hoach-nam-hoc.pdf").exists());
        assert!(!repo.path().join("plans/shared/dia-chi.pdf").exists());
    }
}

#[test]
fn the_recipes_fail_a_broken_plan_with_annotations_and_stale_pdfs() {
    let repo = repository();
    let check = commands("github-actions.yml").into_iter().next().expect("the check");
    repo.write(
        "plans/2024-05.yaml",
        &may().replacen("kind: chuong-trinh", "kind: chuong_trinh", 1),
    );
    let out = shell(repo.path(), &check);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("::error file=plans/2024-05.yaml,line="), "{err}");

    // Built, then a plan edited: `plan build --check` names its stale PDF.
    repo.write("plans/2024-05.yaml", &may());
    assert_eq!(shell(repo.path(), "plan build plans/").status.code(), Some(0));
    let edited = may().replacen("Đề nghị", "Kính đề nghị", 1);
    repo.write("plans/2024-05.yaml", &edited);
    let out = shell(repo.path(), "plan build --check plans/");
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("đã cũ plans/2024-05.pdf"), "{err}");
    assert!(!err.contains("ke-hoach-nam-hoc.pdf"), "{err}");
}
