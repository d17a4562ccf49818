//! `plan diff OLD NEW`: changes in the plan's own terms, matched by content;
//! exit 0 equal, 1 different, 2 trouble; files or `REV:PATH` through git.

// Tests write their fixture files directly; the atomic writer is for PDFs.
#![allow(clippy::disallowed_methods)]

use std::process::Output;

use crate::support::cli::{plan, root, stderr, stdout};
use crate::support::git::Repo;
use crate::support::plans::{edit, june, may};

/// Runs `plan diff` on two plan texts written to a temporary folder.
fn diff_texts(old: &str, new: &str, args: &[&str]) -> Output {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let (a, b) = (dir.path().join("old.yaml"), dir.path().join("new.yaml"));
    std::fs::write(&a, old).expect("write the old plan");
    std::fs::write(&b, new).expect("write the new plan");
    plan()
        .current_dir(dir.path())
        .arg("diff")
        .args(args)
        .arg("old.yaml")
        .arg("new.yaml")
        .output()
        .expect("plan runs")
}

/// The report of two plan texts, asserting exit 1.
#[track_caller]
fn changes(old: &str, new: &str) -> String {
    let out = diff_texts(old, new, &[]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    stdout(&out)
}

/// A small plan whose every part a test changes.
const BASE: &str = "kind: chuong-trinh
style: dang
period: 2024-05
number: 45
date: 2024-05-02
place: Mỹ Độ
issuer: { parent: Đảng bộ thành phố Bắc Giang, name: Đảng ủy phường Mỹ Độ, abbr: ĐU }
directives:
  kl01: { type: Kết luận, number: 01-KL/TW, date: 2021-05-18, by: Bộ Chính trị }
  ct05: { type: Chỉ thị, number: 05-CT/TW, date: 2016-05-15, by: Bộ Chính trị }
sections:
  - title: Công tác xây dựng Đảng
    items:
      - Tiếp tục quán triệt thực hiện {kl01} trong toàn Đảng bộ phường.
      - Chỉ đạo đơn đốc tham gia thi chính luận bảo vệ nền tảng tư tưởng của Đảng.
      - Thực hiện các cuộc kiểm tra, giám sát theo kế hoạch năm 2024.
      - Đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh theo {ct05}.
      - Tăng cường công tác dân vận, nhất là dân vận khéo và dân vận chính quyền.
  - title: Hoạt động của chính quyền địa phương
    sections:
      - title: Thường trực HĐND phường
        intro: Tăng cường giám sát việc thực hiện Nghị quyết kỳ họp thứ Bảy.
      - title: UBND phường
        list: dash
        items:
          - Hoàn thành việc xây dựng nhà ở cho hộ cận nghèo trước ngày 20/5/2024.
          - Tổ chức phun muỗi, diệt chuột phòng bệnh mùa hè trên địa bàn.
  - title: Công tác Dân vận, hoạt động của MTTQ, các tổ chức chính trị - xã hội
    items:
      - Khối dân vận phối hợp tuyên truyền thực hiện tốt Quy chế dân chủ ở cơ sở.
      - MTTQ phường đẩy mạnh vận động ủng hộ xây dựng nhà cho hộ nghèo.
meetings:
  items:
    - { date: 2024-05-28, name: Hội nghị BTV Đảng ủy }
    - { date: 2024-05-29, name: Hội nghị Đảng ủy mở rộng }
    - { every: monday, time: \"08:00\", name: Hội nghị giao ban Thường trực }
closing: Trên đây là chương trình công tác tháng 5/2024 của Đảng ủy phường Mỹ Độ./.
recipients:
  - TT. Thành ủy (b/c)
  - Các chi bộ trực thuộc
  - Các đ/c Đảng ủy viên
archive: VP/ĐU
signer: { on_behalf: Đảng ủy, title: Phó Bí thư, name: Hoàng Trọng Hiếu }
";

const HEAD: &str = "--- old.yaml\n+++ new.yaml\n";

#[test]
fn equal_plans_exit_0_and_print_nothing() {
    let out = diff_texts(BASE, BASE, &[]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(stdout(&out), "");
    // Formatting and comments are not content.
    let reformatted = format!(
        "# a comment\n{}",
        edit(
            BASE,
            "issuer: { parent: Đảng bộ thành phố Bắc Giang, name: Đảng ủy phường Mỹ Độ, abbr: ĐU }",
            "issuer:\n  parent: Đảng bộ thành phố Bắc Giang\n  name: \"Đảng ủy phường Mỹ Độ\"\n  abbr: ĐU",
        )
    );
    let out = diff_texts(BASE, &reformatted, &[]);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
}

#[test]
fn an_inserted_item_is_one_addition_and_later_items_are_unchanged() {
    let new = edit(
        BASE,
        "      - Thực hiện các cuộc kiểm tra",
        "      - Tổ chức hội nghị sơ kết công tác sáu tháng đầu năm.\n      - Thực hiện các cuộc kiểm tra",
    );
    assert_eq!(
        changes(BASE, &new),
        format!(
            "{HEAD}sections\n    section 1: Công tác xây dựng Đảng\n      \
             + item 3: Tổ chức hội nghị sơ kết công tác sáu tháng đầu năm.\n"
        )
    );
}

#[test]
fn a_reworded_item_shows_the_changed_words() {
    let new = edit(BASE, "Chỉ đạo đơn đốc tham gia", "Chỉ đạo đôn đốc tham gia");
    assert_eq!(
        changes(BASE, &new),
        format!(
            "{HEAD}sections\n    section 1: Công tác xây dựng Đảng\n      \
             ~ item 2: Chỉ đạo [-đơn-]{{+đôn+}} đốc tham gia thi chính luận …\n"
        )
    );
}

#[test]
fn a_moved_item_is_moved_not_removed_and_added() {
    let line = "      - Tăng cường công tác dân vận, nhất là dân vận khéo và dân vận chính quyền.\n";
    let new = edit(
        &edit(BASE, line, ""),
        "  - title: Công tác xây dựng Đảng\n    items:\n",
        &format!("  - title: Công tác xây dựng Đảng\n    items:\n{line}"),
    );
    assert_eq!(
        changes(BASE, &new),
        format!(
            "{HEAD}sections\n    section 1: Công tác xây dựng Đảng\n      \
             > item 1 (was 5): Tăng cường công tác dân vận, nhất là dân vận khéo và …\n"
        )
    );
}

#[test]
fn an_item_moved_to_another_section_says_where_from() {
    let line = "      - Thực hiện các cuộc kiểm tra, giám sát theo kế hoạch năm 2024.\n";
    let new = edit(BASE, line, "");
    let new = edit(
        &new,
        "      - MTTQ phường đẩy mạnh vận động ủng hộ xây dựng nhà cho hộ nghèo.\n",
        &format!(
            "      - MTTQ phường đẩy mạnh vận động ủng hộ xây dựng nhà cho hộ nghèo.\n{line}"
        ),
    );
    assert_eq!(
        changes(BASE, &new),
        format!(
            "{HEAD}sections\n    section 3: Công tác Dân vận, hoạt động của MTTQ, các tổ chức chính trị - xã hội\n      \
             > item 3 (from section 1 Công tác xây dựng Đảng, item 3): Thực hiện các cuộc kiểm tra, giám sát theo kế hoạch năm …\n"
        )
    );
}

#[test]
fn a_renamed_section_keeps_its_items() {
    let new = edit(
        BASE,
        "title: Công tác Dân vận, hoạt động của MTTQ, các tổ chức chính trị - xã hội",
        "title: Mặt trận và đoàn thể",
    );
    assert_eq!(
        changes(BASE, &new),
        format!(
            "{HEAD}sections\n  ~ section 3 (renamed): \
             [-Công tác Dân vận, hoạt động của MTTQ, các tổ chức chính trị - xã hội-]\
             {{+Mặt trận và đoàn thể+}}\n"
        )
    );
}

#[test]
fn added_and_removed_sections_and_subsection_changes() {
    let new = edit(
        BASE,
        "  - title: Công tác Dân vận, hoạt động của MTTQ, các tổ chức chính trị - xã hội\n    items:\n      - Khối dân vận phối hợp tuyên truyền thực hiện tốt Quy chế dân chủ ở cơ sở.\n      - MTTQ phường đẩy mạnh vận động ủng hộ xây dựng nhà cho hộ nghèo.\n",
        "  - title: Công tác quốc phòng, an ninh\n    items:\n      - Tổ chức huấn luyện dân quân theo kế hoạch của Ban Chỉ huy Quân sự.\n",
    );
    let new = edit(&new, "trước ngày 20/5/2024", "trước ngày 25/5/2024");
    assert_eq!(
        changes(BASE, &new),
        format!(
            "{HEAD}sections\n    section 2: Hoạt động của chính quyền địa phương\n        \
             section 2.2: UBND phường\n          \
             ~ item 1: … cho hộ cận nghèo trước ngày [-20/5/2024.-]{{+25/5/2024.+}}\n  \
             - section 3: Công tác Dân vận, hoạt động của MTTQ, các tổ chức chính trị - xã hội\n      \
             - item 1: Khối dân vận phối hợp tuyên truyền thực hiện tốt Quy chế dân chủ ở cơ sở.\n      \
             - item 2: MTTQ phường đẩy mạnh vận động ủng hộ xây dựng nhà cho hộ nghèo.\n  \
             + section 3: Công tác quốc phòng, an ninh\n      \
             + item 1: Tổ chức huấn luyện dân quân theo kế hoạch của Ban Chỉ huy Quân sự.\n"
        )
    );
}

#[test]
fn meetings_recipients_and_signer() {
    let new = edit(BASE, "date: 2024-05-28", "date: 2024-05-27");
    let new = edit(
        &new,
        "    - { every: monday",
        "    - { date: 2024-05-30, name: Hội nghị sơ kết công tác }\n    - { every: monday",
    );
    let new = edit(&new, "  - Các đ/c Đảng ủy viên\n", "  - Ban Tuyên giáo Thành ủy\n");
    let new =
        edit(&new, "  - Các chi bộ trực thuộc\n", "  - Các chi bộ, đảng bộ trực thuộc\n");
    let new = edit(
        &new,
        "title: Phó Bí thư, name: Hoàng Trọng Hiếu",
        "title: Bí thư, name: Nguyễn Văn An",
    );
    assert_eq!(
        changes(BASE, &new),
        format!(
            "{HEAD}meetings\n  \
             ~ meeting 1: Hội nghị BTV Đảng ủy vào ngày [-28/5/2024.-]{{+27/5/2024.+}}\n  \
             + meeting 3: Hội nghị sơ kết công tác vào ngày 30/5/2024.\n\
             recipients\n  \
             ~ recipient 2: Các chi {{+bộ, đảng+}} bộ trực thuộc\n  \
             - recipient 3: Các đ/c Đảng ủy viên\n  \
             + recipient 3: Ban Tuyên giáo Thành ủy\n\
             signer\n  \
             ~ signer.title: [-PHÓ BÍ THƯ-] → {{+BÍ THƯ+}}\n  \
             ~ signer.name: [-Hoàng Trọng Hiếu-] → {{+Nguyễn Văn An+}}\n"
        )
    );
}

#[test]
fn a_directive_date_shows_where_it_is_cited_and_in_directives() {
    let new = edit(BASE, "date: 2016-05-15", "date: 2016-05-16");
    assert_eq!(
        changes(BASE, &new),
        format!(
            "{HEAD}sections\n    section 1: Công tác xây dựng Đảng\n      \
             ~ item 4: … theo Chỉ thị số 05-CT/TW ngày [-15/5/2016-]{{+16/5/2016+}} của Bộ Chính trị.\n\
             directives\n  \
             ~ ct05: Chỉ thị số 05-CT/TW ngày [-15/5/2016-]{{+16/5/2016+}} của Bộ Chính trị\n"
        )
    );
}

#[test]
fn june_against_may() {
    let out = diff_texts(&may(), &june(), &[]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert_eq!(
        stdout(&out),
        format!(
            "{HEAD}document\n  \
             ~ period: [-2024-05-] → {{+2024-06+}}\n  \
             ~ date: Mỹ Độ, ngày [-02 tháng 5-]{{+03 tháng 6+}} năm 2024\n  \
             ~ title: Công tác tháng [-5-]{{+6+}} năm 2024\n  \
             ~ closing: … là chương trình công tác tháng [-5/2024-]{{+6/2024+}} của Đảng ủy phường Mỹ Độ. …\n\
             sections\n    section 1: Công tác xây dựng Đảng:\n      \
             ~ item 3: … Tuyên giáo Thành ủy. Chỉ đạo [-đơn-]{{+đôn+}} đốc thực hiện kế hoạch kết …\n\
             meetings\n  \
             ~ meeting 1: Hội nghị BTV Đảng ủy vào ngày [-28/5/2024.-]{{+25/6/2024.+}}\n  \
             ~ meeting 2: … Đảng ủy mở rộng vào ngày [-29/5/2024.-]{{+26/6/2024.+}}\n"
        )
    );
    // Warnings (anniversaries outside June) are `plan check`'s business;
    // the number June kept from May is noted.
    assert_eq!(
        stderr(&out),
        "note: new.yaml still has the number 45 of old.yaml: change `number` for the \
         new document, or remove the line to leave it blank\n"
    );
}

#[test]
fn markdown_for_a_review_comment() {
    let new = edit(BASE, "Chỉ đạo đơn đốc tham gia", "Chỉ đạo đôn đốc tham gia");
    let new = edit(&new, "name: Hoàng Trọng Hiếu", "name: Nguyễn Văn An");
    let out = diff_texts(BASE, &new, &["--format", "markdown"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert_eq!(
        stdout(&out),
        "**plan diff** `old.yaml` → `new.yaml`\n\n#### sections\n\n\
         - section 1: Công tác xây dựng Đảng\n  \
         - **changed** item 2: Chỉ đạo ~~đơn~~ **đôn** đốc tham gia thi chính luận …\n\
         \n#### signer\n\n\
         - **changed** `signer.name`: ~~Hoàng Trọng Hiếu~~ → **Nguyễn Văn An**\n"
    );
}

#[test]
fn plain_when_piped_coloured_when_asked() {
    let new = edit(BASE, "Chỉ đạo đơn đốc tham gia", "Chỉ đạo đôn đốc tham gia");
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.yaml"), BASE).unwrap();
    std::fs::write(dir.path().join("b.yaml"), &new).unwrap();
    let run = |args: &[&str]| {
        let mut cmd = plan();
        cmd.env_remove("NO_COLOR").current_dir(dir.path()).arg("diff").args(args);
        cmd.args(["a.yaml", "b.yaml"]).output().unwrap()
    };
    // Standard output is a pipe here: no colour, marks instead.
    let piped = stdout(&run(&[]));
    assert!(!piped.contains('\x1b') && piped.contains("[-đơn-]{+đôn+}"), "{piped}");
    let coloured = stdout(&run(&["--color", "always"]));
    assert!(coloured.contains("\x1b[31mđơn\x1b[0m \x1b[32mđôn\x1b[0m"), "{coloured}");
    assert!(!coloured.contains("[-"), "{coloured}");
    assert!(!stdout(&run(&["--color", "never"])).contains('\x1b'));
    assert!(
        !stdout(&run(&["--color", "always", "--format", "markdown"])).contains('\x1b')
    );
}

#[test]
fn exit_2_on_trouble() {
    let dir = tempfile::tempdir().unwrap();
    let good = dir.path().join("good.yaml");
    std::fs::write(&good, BASE).unwrap();
    // An unreadable file.
    let out = plan()
        .arg("diff")
        .arg(dir.path().join("missing.yaml"))
        .arg(&good)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(stderr(&out).contains("missing.yaml"), "{}", stderr(&out));
    // A plan with errors: its report, then exit 2.
    let bad = dir.path().join("bad.yaml");
    std::fs::write(&bad, BASE.replace("{kl01}", "{kl99}")).unwrap();
    let out = plan().arg("diff").arg(&good).arg(&bad).output().unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(stderr(&out).contains("unknown reference `{kl99}`"), "{}", stderr(&out));
    assert!(stderr(&out).contains("has errors"), "{}", stderr(&out));
    assert_eq!(stdout(&out), "");
    // A bad revision (the folder is no repository, or the revision is unknown).
    let out = plan()
        .current_dir(dir.path())
        .args(["diff", "HEAD~9:good.yaml", "good.yaml"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(stderr(&out).contains("HEAD~9:good.yaml"), "{}", stderr(&out));
    // Usage errors are clap's 2 as well.
    assert_eq!(
        plan().args(["diff", "one.yaml"]).output().unwrap().status.code(),
        Some(2)
    );
}

/// `REV:PATH` reads PATH from the top of the repository, as git does: run
/// in a subfolder with the file's name alone, git finds nothing, and the
/// message says how to name it from there (`REV:./NAME`, or its whole
/// path), which `REV:./NAME` then reads.
#[test]
fn rev_path_from_a_subfolder_says_how_to_name_the_file() {
    let repo = Repo::new();
    repo.write("plans/q3.yaml", &may());
    repo.commit("Tháng 5");
    let in_plans = |args: &[&str]| repo.plan_in("plans", args);
    let out = in_plans(&["diff", "HEAD:q3.yaml", "q3.yaml"]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains("write `HEAD:./q3.yaml` (from this folder) or `HEAD:plans/q3.yaml`"),
        "{err}"
    );
    let out = in_plans(&["diff", "HEAD:./q3.yaml", "q3.yaml"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    // At the top of the repository, no such hint: the path is as typed.
    let out = repo.plan(&["diff", "HEAD:q3.yaml", "plans/q3.yaml"]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(!stderr(&out).contains("from this folder"), "{}", stderr(&out));
}

#[test]
fn rev_path_reads_through_git() {
    let repo = Repo::new();
    repo.write("plan.yaml", &may());
    repo.commit("Tháng 5");
    repo.write("plan.yaml", &june());
    repo.commit("Tháng 6");

    let out = repo.plan(&["diff", "HEAD~1:plan.yaml", "plan.yaml"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let report = stdout(&out);
    assert!(report.starts_with("--- HEAD~1:plan.yaml\n+++ plan.yaml\n"), "{report}");
    assert!(report.contains("~ period: [-2024-05-] → {+2024-06+}"), "{report}");
    assert!(report.contains("Chỉ đạo [-đơn-]{+đôn+} đốc thực hiện"), "{report}");
    // The same report as comparing the two files directly.
    let direct = diff_texts(&may(), &june(), &[]);
    assert_eq!(
        report.lines().skip(2).collect::<Vec<_>>(),
        stdout(&direct).lines().skip(2).collect::<Vec<_>>()
    );

    // The index (an empty revision) holds June too.
    assert_eq!(repo.plan(&["diff", ":plan.yaml", "plan.yaml"]).status.code(), Some(0));
    // The committed plan equals the working copy; both sides may be revisions.
    assert_eq!(
        repo.plan(&["diff", "HEAD:plan.yaml", "plan.yaml"]).status.code(),
        Some(0)
    );
    assert_eq!(
        repo.plan(&["diff", "HEAD~1:plan.yaml", "HEAD:plan.yaml"]).status.code(),
        Some(1)
    );
    // From a subfolder, `./` and `../` paths are relative to it, as in git.
    std::fs::create_dir(repo.path().join("sub")).unwrap();
    let out = plan()
        .current_dir(repo.path().join("sub"))
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env_remove("GIT_DIR")
        .env_remove("GIT_WORK_TREE")
        .args(["diff", "HEAD~1:../plan.yaml", "HEAD:plan.yaml"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    // A path the revision does not have.
    let out = repo.plan(&["diff", "HEAD~1:nothing.yaml", "plan.yaml"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("nothing.yaml"), "{}", stderr(&out));
    // A revision the history does not have is said in plain words before
    // git's own.
    let out = repo.plan(&["diff", "HEAD~5:plan.yaml", "plan.yaml"]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out).split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(err.contains("this revision is not in the repository"), "{err}");
}

#[test]
fn includes_of_a_revision_come_from_the_same_revision() {
    let repo = Repo::new();
    let shared = "directives:\n  kl01: { type: Kết luận, number: 01-KL/TW, date: 2021-05-18, by: Bộ Chính trị }\n  ct05: { type: Chỉ thị, number: 05-CT/TW, date: 2016-05-15, by: Bộ Chính trị }\n";
    let start = BASE.find("directives:").unwrap();
    let end = BASE.find("sections:").unwrap();
    let plan_text =
        format!("{}include: [../shared/chung.yaml]\n{}", &BASE[..start], &BASE[end..]);
    repo.write("shared/chung.yaml", shared);
    repo.write("plans/plan.yaml", &plan_text);
    repo.commit("Tháng 5");
    // Only the included file changes.
    repo.write("shared/chung.yaml", &shared.replace("2016-05-15", "2016-05-16"));

    let out = repo.plan(&["diff", "HEAD:plans/plan.yaml", "plans/plan.yaml"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(
        stdout(&out)
            .contains("~ ct05: Chỉ thị số 05-CT/TW ngày [-15/5/2016-]{+16/5/2016+}"),
        "{}",
        stdout(&out)
    );
    // An origin/main-style revision with a slash reads includes too.
    repo.git(&["branch", "team/may"]);
    let out = repo.plan(&["diff", "team/may:plans/plan.yaml", "HEAD:plans/plan.yaml"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
}

/// Issue 8: a changed table cell, a changed footnote and a changed appendix
/// show as changed words of the section's `table`, the item, and the
/// appendix's content.
#[test]
fn tables_footnotes_and_appendices_show_their_changed_words() {
    let table = "      - Tăng cường công tác dân vận, nhất là dân vận khéo và dân vận chính quyền.
    table:
      columns: [{ title: Nội dung }, { title: Chi bộ, width: 50mm }]
      rows:
        - [Kiểm tra việc thực hiện nghị quyết, Chi bộ Tổ dân phố số 1]
";
    let old = edit(
        BASE,
        "      - Tăng cường công tác dân vận, nhất là dân vận khéo và dân vận chính quyền.\n",
        table,
    );
    let old = edit(
        &old,
        "trong toàn Đảng bộ phường.",
        "trong toàn Đảng bộ^[Gồm 12 chi bộ.] phường.",
    );
    let old = format!(
        "{old}appendices:\n  - title: Lịch kiểm tra\n    items: [Kiểm tra Chi bộ Tổ dân phố số 2 vào tháng 6.]\n"
    );
    let new = edit(&old, "Chi bộ Tổ dân phố số 1]", "Chi bộ Tổ dân phố số 3]");
    let new = edit(&new, "Gồm 12 chi bộ.", "Gồm 14 chi bộ.");
    let new = edit(&new, "vào tháng 6.", "vào tháng 7.");
    let report = changes(&old, &new);
    // A table's row is named by its place, like an item; an appendix by
    // its label, in a group of its own, its items as a section's.
    assert!(report.contains("~ row 1: … Chi bộ Tổ dân phố số [-1-]{+3+}\n"), "{report}");
    assert!(report.contains("Đảng bộ^[Gồm [-12-]{+14+} chi bộ.]"), "{report}");
    assert!(
        report.ends_with(
            "appendices\n    Phụ lục: LỊCH KIỂM TRA\n      \
             ~ item 1: … dân phố số 2 vào tháng [-6.-]{+7.+}\n"
        ),
        "{report}"
    );
}

/// An appendix inserted before the others is one addition, named by its
/// label and listing its words; the one after it keeps its pairing and says
/// its old label.
#[test]
fn an_inserted_appendix_is_added_and_the_next_says_its_old_label() {
    let old = format!(
        "{BASE}appendices:\n  - title: Lịch kiểm tra\n    items: [Kiểm tra Chi bộ Tổ dân phố số 2 vào tháng 6.]\n"
    );
    let new = edit(
        &old,
        "appendices:\n",
        "appendices:\n  - title: Danh sách chi bộ\n    landscape: true\n    items: [Chi bộ Tổ dân phố số 1.]\n",
    );
    let new = edit(&new, "vào tháng 6.", "vào tháng 7.");
    let report = changes(&old, &new);
    assert!(
        report.ends_with(
            "appendices\n  \
             + Phụ lục I: DANH SÁCH CHI BỘ\n      \
             + landscape: true\n      \
             + item 1: Chi bộ Tổ dân phố số 1.\n    \
             Phụ lục II (was Phụ lục): LỊCH KIỂM TRA\n      \
             ~ item 1: … dân phố số 2 vào tháng [-6.-]{+7.+}\n"
        ),
        "{report}"
    );
}

/// Version 2 keys that change the printed document without changing its
/// words are differences too: a level's pattern or look, a table column's
/// width, alignment or group, a nested list's style, an appendix's
/// landscape pages, header block and bold text.
#[test]
fn layout_keys_of_version_2_are_differences() {
    let read = |name: &str| std::fs::read_to_string(root().join(name)).expect("example");
    let cases = [
        (
            "examples/numbering-state-yearly.yaml",
            "look: bold-italic",
            "look: upper-bold",
            "numbering",
        ),
        (
            "examples/numbering-state-yearly.yaml",
            "pattern: \"1.1.\"",
            "pattern: \"a)\"",
            "numbering",
        ),
        (
            "examples/task-table.yaml",
            "title: Cơ quan chủ trì, width: 32mm",
            "title: Cơ quan chủ trì, width: 40mm",
            "table.columns",
        ),
        (
            "examples/task-table.yaml",
            "title: Bắt đầu, width: 22mm, align: center, group: Thời gian",
            "title: Bắt đầu, width: 22mm, align: right, group: Thời gian",
            "table.columns",
        ),
        (
            "examples/nested-lists.yaml",
            "            list: numbered",
            "            list: letter",
            "letter]+}",
        ),
        ("examples/appendices.yaml", "    header: true\n", "", "~ header: "),
    ];
    for (file, from, to, shown) in cases {
        let old = read(file);
        assert_eq!(old.matches(from).count(), 1, "{file}: {from}");
        let new = old.replacen(from, to, 1);
        let report = changes(&old, &new);
        assert!(report.contains(shown), "{file}: {from} → {to}:\n{report}");
    }
}

/// A section removed whole lists its words, not its look: the `list: dash`
/// of a subsection that went is no change a clerk has to read.
#[test]
fn a_removed_section_lists_its_words_not_its_list_style() {
    let new = edit(
        BASE,
        "  - title: Hoạt động của chính quyền địa phương\n    sections:\n      - title: Thường trực HĐND phường\n        intro: Tăng cường giám sát việc thực hiện Nghị quyết kỳ họp thứ Bảy.\n      - title: UBND phường\n        list: dash\n        items:\n          - Hoàn thành việc xây dựng nhà ở cho hộ cận nghèo trước ngày 20/5/2024.\n          - Tổ chức phun muỗi, diệt chuột phòng bệnh mùa hè trên địa bàn.\n",
        "",
    );
    assert_eq!(
        changes(BASE, &new),
        format!(
            "{HEAD}sections\n  \
             - section 2: Hoạt động của chính quyền địa phương\n      \
             - section 2.1: Thường trực HĐND phường\n          \
             - intro: Tăng cường giám sát việc thực hiện Nghị quyết kỳ họp thứ Bảy.\n      \
             - section 2.2: UBND phường\n          \
             - item 1: Hoàn thành việc xây dựng nhà ở cho hộ cận nghèo trước ngày 20/5/2024.\n          \
             - item 2: Tổ chức phun muỗi, diệt chuột phòng bệnh mùa hè trên địa bàn.\n"
        )
    );
}

/// Two plans with no section in common (another office's program picked
/// by mistake) are compared as asked, and a note after the report says they
/// may be unrelated; two months of one program give no note.
#[test]
fn unrelated_plans_get_a_note() {
    let other = "kind: ke-hoach
style: nha-nuoc
period: 2024-06
number: 87
date: 2024-05-30
place: Mỹ Độ
issuer: { parent: UBND thành phố Bắc Giang, name: Ủy ban nhân dân phường Mỹ Độ, abbr: UBND }
sections:
  - title: Phát triển kinh tế
    items:
      - Đôn đốc thu ngân sách nhà nước quý II năm 2024 trên địa bàn phường.
  - title: Văn hóa - xã hội
    items:
      - Tổ chức các hoạt động hè cho thiếu nhi tại các nhà văn hóa tổ dân phố.
recipients:
  - UBND thành phố (b/c)
archive: VT
signer: { on_behalf: Ủy ban nhân dân, title: Chủ tịch, name: Nguyễn Văn An }
";
    let out = diff_texts(BASE, other, &[]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(
        stdout(&out).contains("- section 1: Công tác xây dựng Đảng"),
        "{}",
        stdout(&out)
    );
    assert_eq!(
        stderr(&out),
        "note: old.yaml and new.yaml have no section in common; they may be two unrelated \
         plans compared by mistake (usually this month's plan is compared with last \
         month's of the same office)\n"
    );
    let new = edit(BASE, "trước ngày 20/5/2024", "trước ngày 25/5/2024");
    let out = diff_texts(BASE, &new, &[]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert_eq!(stderr(&out), "");
}

/// The two plans given in the wrong order (`plan diff june may`): the
/// report reads backwards, and a note after it says so.
#[test]
fn plans_in_the_wrong_order_get_a_note() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    std::fs::write(dir.path().join("may.yaml"), may()).expect("written");
    let june = edit(&june(), "number: 45", "number: 52");
    std::fs::write(dir.path().join("june.yaml"), june).expect("written");
    let run = |old: &str, new: &str| {
        crate::support::cli::plan_vi()
            .current_dir(dir.path())
            .args(["diff", old, new])
            .output()
            .expect("plan runs")
    };
    let out = run("june.yaml", "may.yaml");
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(
        stdout(&out).contains("period: [-2024-06-] → {+2024-05+}"),
        "{}",
        stdout(&out)
    );
    assert_eq!(
        stderr(&out),
        "chú ý: june.yaml (2024-06) là kỳ sau may.yaml (2024-05), nên mọi thay đổi được \
         đọc ngược; có lẽ đã đảo thứ tự: viết tệp cũ trước, `plan diff CŨ MỚI`\n"
    );
    let out = run("may.yaml", "june.yaml");
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert_eq!(stderr(&out), "");
}

/// June's plan copied from May by hand keeps May's `number` (and `date`):
/// a note after the report says so and what to do. `plan new` removes both
/// lines, and a plan of the same period gets no note.
#[test]
fn a_later_plan_keeping_the_number_and_date_gets_a_note() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let copied = edit(&may(), "period: 2024-05", "period: 2024-06")
        .replace("date: 2024-05-28, name", "date: 2024-06-25, name")
        .replace("date: 2024-05-29, name", "date: 2024-06-26, name");
    std::fs::write(dir.path().join("may.yaml"), may()).expect("written");
    std::fs::write(dir.path().join("copied.yaml"), copied).expect("written");
    std::fs::write(dir.path().join("june.yaml"), june()).expect("written");
    let run = |old: &str, new: &str| {
        crate::support::cli::plan_vi()
            .current_dir(dir.path())
            .args(["diff", old, new])
            .output()
            .expect("plan runs")
    };
    let out = run("may.yaml", "copied.yaml");
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert_eq!(
        stderr(&out),
        "chú ý: copied.yaml vẫn giữ số 45 và ngày 2/5/2024 của may.yaml: sửa `number` và \
         `date` cho văn bản mới, hoặc xóa hai dòng đó để chừa trống\n"
    );
    // The support plan's June changes the date but keeps number 45.
    let out = run("may.yaml", "june.yaml");
    assert_eq!(
        stderr(&out),
        "chú ý: june.yaml vẫn giữ số 45 của may.yaml: sửa `number` cho văn bản mới, hoặc \
         xóa dòng đó để chừa trống\n"
    );
    // Both sides the same period (a plan compared with its own edit): no note.
    let out = run("copied.yaml", "june.yaml");
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert_eq!(stderr(&out), "");
}
