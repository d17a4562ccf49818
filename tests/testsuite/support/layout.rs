//! Shared helpers: hand-built views of the May 2024 program, one compiled
//! renderer, and a flat list of everything a laid-out page draws, each item
//! with the `plan-` labels of the elements it belongs to.

use std::collections::HashMap;
use std::sync::OnceLock;

use plan::render::Renderer;
use plan::vi::word_groups::groups;
use plan::view::{Block, Footer, Header, Meta, Role, Run, SignerView, View};
use typst::introspection::{Location, Tag};
use typst::layout::{Frame, FrameItem, Transform};
use typst::text::FontStyle;
use typst::visualize::Geometry;
use typst_layout::PagedDocument;

/// Points per millimetre.
pub(crate) const MM: f64 = 72.0 / 25.4;
/// The tolerance of every layout assertion, in points (`style.md` §7).
pub(crate) const TOL: f64 = 0.5;
/// A4 in points.
pub(crate) const A4: (f64, f64) = (210.0 * MM, 297.0 * MM);
/// Margins in points: top, bottom, left, right (`format-rules.md` §1.1).
pub(crate) const MARGIN: (f64, f64, f64, f64) =
    (20.0 * MM, 20.0 * MM, 30.0 * MM, 15.0 * MM);

/// The renderer with the embedded fonts only, built once.
pub(crate) fn renderer() -> &'static Renderer {
    static RENDERER: OnceLock<Renderer> = OnceLock::new();
    RENDERER.get_or_init(|| Renderer::new(&[]).expect("embedded fonts load"))
}

/// Compiles `view`, panicking with Typst's diagnostics on failure.
pub(crate) fn compile(view: &View) -> PagedDocument {
    match renderer().compile(view) {
        Ok(compiled) => compiled.document,
        Err(err) => panic!("{err}"),
    }
}

fn p(role: Role, runs: Vec<Run>) -> Block {
    Block::new(role, runs)
}

fn plain(role: Role, text: &str) -> Block {
    p(role, vec![Run::plain(text)])
}

/// The header, title and footer of the May 2024 program (`format-rules.md` §6).
fn may_2024_frame(body: Vec<Block>) -> View {
    let recipients: Vec<String> = [
        "- TT. Thành ủy (b/c),",
        "- TT Đảng ủy - HĐND - UBND phường,",
        "- MTTQ, các tổ chức CT-XH phường,",
        "- Các chi bộ trực thuộc,",
        "- Các đ/c Đảng ủy viên,",
        "- Lưu VP/ĐU.",
    ]
    .map(str::to_owned)
    .to_vec();
    View {
        style: "dang",
        rules: "hd36-2018",
        meta: Meta {
            title: "Chương trình công tác tháng 5 năm 2024".to_owned(),
            author: "Đảng ủy phường Mỹ Độ".to_owned(),
            date: [2024, 5, 2],
        },
        draft: false,
        header: Header {
            national: vec!["ĐẢNG CỘNG SẢN VIỆT NAM".to_owned()],
            parent: Some("ĐẢNG BỘ THÀNH PHỐ BẮC GIANG".to_owned()),
            parent_lines: Some("ĐẢNG BỘ\nTHÀNH PHỐ BẮC GIANG".to_owned()),
            parent_groups: Some(groups("ĐẢNG BỘ THÀNH PHỐ BẮC GIANG")),
            issuer: "ĐẢNG ỦY PHƯỜNG MỸ ĐỘ".to_owned(),
            issuer_lines: "ĐẢNG ỦY\nPHƯỜNG MỸ ĐỘ".to_owned(),
            issuer_groups: groups("ĐẢNG ỦY PHƯỜNG MỸ ĐỘ"),
            number: "Số 45-CTr/ĐU".to_owned(),
            date: "Mỹ Độ, ngày 02 tháng 5 năm 2024".to_owned(),
        },
        doc_type: "CHƯƠNG TRÌNH".to_owned(),
        summary: vec![Run::plain("Công tác tháng 5 năm 2024")],
        body,
        footer: Footer {
            widths: plan::footer_widths(
                recipients.iter().map(String::as_str).chain(["Nơi nhận:"]),
            ),
            recipients_label: "Nơi nhận:".to_owned(),
            electronic_label: None,
            electronic: Vec::new(),
            recipients,
            signer: SignerView {
                authority: vec!["T/M ĐẢNG ỦY".to_owned()],
                authority_groups: vec![groups("T/M ĐẢNG ỦY")],
                title: "PHÓ BÍ THƯ".to_owned(),
                title_groups: groups("PHÓ BÍ THƯ"),
                name: "Hoàng Trọng Hiếu".to_owned(),
            },
        },
        appendices: vec![],
    }
}

const INTRO: &str = "Thực hiện Chương trình công tác năm 2024, tháng 5/2024 Đảng ủy phường Mỹ Độ tập trung lãnh đạo, chỉ đạo thực hiện một số nhiệm vụ chủ yếu như sau:";

const LONG: &str = "Tiếp tục quán triệt thực hiện Kết luận số 01-KL/TW ngày 18/5/2021 về thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị về đẩy mạnh học tập và theo tư tưởng, đạo đức, phong cách Hồ Chí Minh, gắn với thực hiện kết luận số 21-KL/TW ngày 25/10/2021 của Ban Chấp hành Trung ương về “Đẩy mạnh xây dựng, chỉnh đốn Đảng và hệ thống chính trị; kiên quyết ngăn chặn, đẩy lùi, xử lý nghiêm cán bộ, đảng viên suy thoái về tư tưởng chính trị, đạo đức, lối sống, biểu hiện “tự diễn biến”, “tự chuyển hóa”; Chỉ thị số 10-CT/TU của Ban Thường vụ Tỉnh ủy và Công văn số 300-CV/TU ngày 13/9/2021 của Ban Thường vụ Thành ủy về “Nâng cao chất lượng kiểm điểm, tự phê bình và phê bình các biểu hiện suy thoái về tư tưởng chính trị, đạo đức, lối sống, “tự diễn biến” “tự chuyển hóa”, trong cán bộ, đảng viên. Sơ kết 03 năm thực hiện Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị về tiếp tục thực hiện Chỉ thị số 05-CT/ĐU ngày 15/5/2016 của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.";

/// Section 1's other paragraphs, in the source's order.
const SECTION_1: &[&str] = &[
    "Triển khai thực hiện có hiệu quả Chương trình công tác năm, các Nghị quyết chuyên đề, kế hoạch thực hiện các nhiệm vụ, chỉ tiêu năm 2024. Tiếp tục tuyên truyền cán bộ, đảng viên, công chức, viên chức và nhân dân thực hiện nghiêm túc quy định đã uống rượu, bia thì không điều khiển phương tiện tham gia giao thông.",
    "Chỉ đạo đơn đốc tham gia thi chính luận bảo vệ nền tảng tư tưởng của Đảng, tổng hợp, lựa chọn bài viết chất lượng cao nộp về Ban Tuyên giáo Thành ủy. Chỉ đạo đơn đốc thực hiện kế hoạch kết nạp đảng viên năm 2024. Thực hiện các cuộc kiểm tra, giám sát theo kế hoạch; tăng cường công tác giám sát thường xuyên, thực hiện có hiệu quả công tác phòng, chống tham nhũng, tiêu cực; kịp thời phát hiện và kiểm tra đối tố chức đảng, đảng viên khi có dấu hiệu vi phạm.",
    "Chỉ đạo tổ chức vận động hỗ trợ xây dựng xoá nhà tạm, nhà dột nát cho 01 hộ cận nghèo có khó khăn về nhà ở, nhà xuống cấp cần xây mới trên địa bàn phường.",
    "Tiếp tục chỉ đạo triển khai thực hiện hiệu quả Chỉ thị số 21-CT/TU ngày 16/01/2023 của Ban Thường vụ Tỉnh ủy về nâng cao ý thức trách nhiệm của cấp ủy, chính quyền và cán bộ, đảng viên, công chức, viên chức, chiến sỹ lực lượng vũ trang trong việc sử dụng Internet, mạng xã hội. Tích cực đấu tranh ngăn chặn, phản bác các quan điểm, luận điệu sai trái, xuyên tạc của các thế lực thù địch, bảo vệ nền tảng tư tưởng của Đảng. Tăng cường xây dựng Đảng và hệ thống chính trị từ phường tới các tổ dân phố, cơ quan, đơn vị thật sự trong sạch vững mạnh, gắn với nâng cao chất lượng tổ chức đảng và đảng viên; duy trì chế độ Bí thư cấp ủy trực tiếp dân và giải quyết kiến nghị, phản ánh, khiếu nại, tố cáo của công dân.",
    "Tiếp tục nâng cao hiệu quả công tác dân vận, nhất là công tác dân vận khéo và dân vận chính quyền, gắn với thực hiện quy chế dân chủ ở cơ sở; đưa hoạt động của Tổ dân vận cộng đồng gắn với Tổ liên gia tự quản đạt hiệu quả thiết thực.",
    "Tiếp tục quán triệt, triển khai thực hiện có hiệu quả Chỉ thị 18-CT/TW ngày 26/10/2022 của Ban Bí thư và Công văn số 745/CV-TU ngày 13/2/2023 của BTV Thành ủy về “Phát huy vai trò, nâng cao chất lượng, hiệu quả công tác giám sát, phản biện xã hội của Mặt trận Tổ quốc Việt nam và các tổ chức chính trị-xã hội”.",
    "Chỉ đạo tổ chức các hoạt động tuyên truyền, chào mừng kỷ niệm 206 năm Ngày sinh C.Mác (5/5/1818 - 5/5/2024); Kỷ niệm 70 năm Ngày Chiến thắng Điện Biên Phủ (7/5/1954 - 7/5/2024); Kỷ niệm 134 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 - 19/5/2024).",
];

const HDND: &str = "Tăng cường giám sát việc triển khai thực hiện Nghị quyết kỳ họp thứ Bảy HĐND phường nhiệm kỳ 2021-2026; việc triển khai thực hiện các nhiệm vụ phát triển kinh tế - xã hội, nhiệm vụ trọng tâm năm 2024; công tác giải quyết đơn thư, ý kiến kiến nghị của cử tri và đại biểu HĐND phường; việc triển khai thực hiện công tác BTGPMB và các dự án xây dựng cơ bản. Phối hợp tiếp dân theo định kỳ. Duy trì việc phân công đại biểu HĐND trực tiếp nhận ý kiến của cử tri và nhân dân tại nhà văn hóa Tổ dân phố.";

/// Section 2.2's dash items.
const UBND: &[&str] = &[
    "- Tập trung thực hiện đồng bộ các nhiệm vụ phát triển kinh tế - xã hội, nhiệm vụ trọng tâm và công tác thu ngân sách Nhà nước năm 2024 theo Nghị quyết HĐND phường tại kỳ họp thứ 7 HĐND khoá X. Đẩy mạnh các biện pháp tăng thu ngân sách, nhất là các khoản thu chiếm tỷ trọng lớn. Tiếp tục thực hiện kế hoạch thu thuế sử dụng đất phi nông nghiệp năm 2024. Hoàn thành việc vận động thu các loại quỹ chuyên dùng năm 2024. Chủ động công tác phòng chống lụt bão, kiểm soát lần chiếm đê điều. Duy trì hoạt động kinh doanh thương mại nâng cao đời sống nhân dân nhất là khu vực Chợ Mỹ Độ. Làm tốt công tác tiêu độc khử trùng phòng bệnh cho đàn vật nuôi.",
    "- Tiếp tục đôn đốc nhà thầu đẩy nhanh tiến độ thực hiện hoàn thành dự án Kè hồ Sen TDP số 3; dự án xây mới phòng, lớp học và các công trình phụ trợ trường THCS Mỹ Độ. Hoàn thành việc xây dựng nhà ở xoá nhà dột nát cho hộ cận nghèo Lương Thị Mỹ -Tổ dân phố số 1, xong trước ngày 20/5/2024.",
    "- Tăng cường kiểm tra để kịp thời phát hiện, xử lý dứt điểm các trường hợp vi phạm trong lĩnh vực quản lý đất đai, xây dựng, trật tự đô thị và TTATGT trên địa bàn, nhất là các trường hợp tái vi phạm, mới phát sinh, đảm bảo vệ sinh môi trường và mỹ quan đô thị. Chỉ đạo thực hiện tốt công tác thu gom, vận chuyển, xử lý rác thải, giữ gìn vệ sinh môi trường trên địa bàn và khắc phục ô nhiễm môi trường.",
    "- Tiếp tục phối hợp với Trung tâm quỹ đất và cụm công nghiệp thành phố thực hiện công tác bồi thường GPMB các dự án trên địa bàn phường. Đôn đốc các hộ gia đình thực hiện di chuyển mộ ra khỏi dự án Nhà tang lễ. Tổ chức cưỡng chế thu hồi đất đối với các hộ không nhận tiền BTGPMB thuộc dự án Khu dân cư số 3,4. Hoàn thành việc kê khai, kiểm đếm các hộ còn lại thuộc dự án mở rộng đường Thân Nhân Trung. Duy trì thực hiện có hiệu quả cuộc vận động “Toàn dân rèn luyện thân thể theo gương Bác Hồ vĩ đại” và phong trào Ngày Chủ nhật xanh. Duy trì công tác đảm bảo trật tự đô thị và ATGT trên các tuyến đường nhất là khu vực đầu cầu sắt và tuyến đường Mỹ Độ và đường Thân Nhân Trung.",
    "- Các nhà trường tổ chức tốt thi học kỳ 2 cho học sinh và tổng kết năm học. Trạm Y tế quan tâm chăm sóc sức khỏe nhân dân, thường xuyên kiểm tra VSATTP trên địa bàn. Tổ chức phun muỗi, diệt chuột phòng bệnh mùa hè. Thực hiện kịp thời chế độ, chính sách đối với các đối tượng người có công, bảo trợ xã hội. Thực hiện tốt quy định nếp sống văn minh trong việc cưới, việc tang và lễ hội; tổ chức các hoạt động, văn hóa, văn nghệ, TDTT... phục vụ nhu cầu hưởng thụ của Nhân dân. Tuyên truyền vận động nhân dân treo cờ Tổ quốc kỷ niệm 49 năm Ngày giải phóng hoàn toàn Miền nam thống nhất đất nước (30/4/1975 - 30/4/2024), Ngày Quốc tế lao động 1/5 và kỷ niệm 134 năm ngày sinh nhật Bác (19/5/1890 - 19/5/2024. Thành lập đội thi, tổ chức luyện tập và tham gia thi “Tìm hiểu kiến thức pháp luật về gia đình và phòng chống bạo lực gia đình” năm 2024 do thành phố tổ chức.",
    "- Đẩy mạnh công tác CCHC, trực tiếp nhận giải quyết thủ tục hành chính cho nhân dân đảm bảo trước hẹn, đúng hẹn. Tiếp tục thực hiện mô hình “3 không”, duy trì hiệu quả mô hình “Chính quyền thân thiện”. Thực hiện duy trì tốt lịch công tác tiếp dân, giải quyết kịp thời đơn thư KNTC, ý kiến, kiến nghị của cử tri; phối hợp tổ chức đối thoại với cán bộ, đảng viên và nhân dân. Tăng cường kiểm tra, nâng cao kỷ luật kỷ cương hành chính đối với cán bộ công chức. Hoàn thành tiêu chí công nhận đạt chuẩn “Chính quyền thân thiện”. Nâng cao các chỉ số CCHC, Chuyển đổi số trên địa bàn phường. Tiếp tục thực hiện các biện pháp phòng ngừa, đấu tranh, trấn áp các loại tội phạm, TNXH. Tiếp tục thực hiện các biện pháp phòng ngừa, đấu tranh, trấn áp các loại tội phạm bảo đảm giữ vững an ninh chính trị, trật tự an toàn xã hội trên địa bàn. BCH Quân sự phường huy động lực lượng dân quân tham gia huấn luyện đảm bảo quân số, thời gian và nội dung theo kế hoạch.",
];

/// Section 3's dash items.
const DAN_VAN: &[&str] = &[
    "- Khối dân vận Đảng ủy phối hợp tuyên truyền thực hiện tốt Quy chế dân chủ ở cơ sở gắn với thực hiện nếp sống văn hóa, văn minh đô thị người dân thành phố Bắc Giang trên địa bàn phường. Tham mưu phối hợp tổ chức hội nghị đối thoại của người đứng đầu cấp ủy, chính quyền với cán bộ, đảng viên và nhân dân Năm bất bình đẳng tư tưởng, cán bộ, đảng viên và nhân dân liên quan đến công tác lãnh đạo, chỉ đạo tổ chức thực hiện nhiệm vụ ở địa phương, nhất là công tác BTGPMB các dự án, công tác tôn giáo; chỉ đạo tổ tuyên truyền vận động GPMB phối hợp tổ chức tuyên truyền vận động nhân dân trong diện giải tỏa, thu hồi đất thực hiện kê khai, kiểm kê tài sản, nhận tiền và bàn giao mặt bằng cho Nhà nước để sớm triển khai thực hiện dự án.",
    "- MTTQ, các tổ chức chính trị - xã hội phường tiếp tục triển khai kế hoạch thực hiện Nghị quyết Đại hội và chương trình trọng tâm của Đảng ủy; MTTQ phường đẩy mạnh tuyên truyền, vận động, tiếp nhận hỗ trợ của các tổ chức, cá nhân ủng hộ xây dựng xóa nhà tạm, nhà dột nát cho hộ nghèo, cận nghèo có gặp khó khăn về nhà ở, nhà xuống cấp cần được sửa chữa, xây mới trên địa bàn. Tiếp tục triển khai thực hiện có hiệu quả cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới và đô thị văn minh”. Duy trì hoạt động nâng cao chất lượng, hiệu quả của các mô hình, các câu lạc bộ và việc đảm nhận các tuyến đường tự quản; mô hình thu gom xử lý rác thải, ủng hộ phế liệu gây quỹ giúp đỡ trẻ em, phụ nữ, đoàn viên có hoàn cảnh khó khăn; mô hình câu lạc bộ Cựu chiến binh tham gia bảo vệ môi trường, đảm bảo an ninh trật tự. Quản lý tốt các nguồn vốn vay thông qua tổ chức Hội từ ngân hàng chính sách, quỹ TYM. Ngoài ra căn cứ vào chức năng, nhiệm vụ của từng tổ chức để thực hiện theo chương trình, kế hoạch đã đề ra.",
];

const CLOSING: &str = "Trên đây là chương trình công tác tháng 5/2024 của Đảng ủy phường Mỹ Độ. Đề nghị các cấp ủy, chính quyền, MTTQ, các tổ chức chính trị - xã hội từ phường tới các tổ dân phố, cơ quan, trường học triển khai tổ chức thực hiện, báo cáo kết quả về thường trực Đảng ủy trước ngày 20/5/2024./.";

/// The meetings part: title, three meetings with bold dates, the note.
fn meetings() -> Vec<Block> {
    vec![
        p(Role::MeetingsTitle, vec![Run::strong("* MỘT SỐ CUỘC HỌP CHÍNH TRONG THÁNG")]),
        p(
            Role::Meeting,
            vec![
                Run::plain("1. Hội nghị BTV Đảng ủy vào ngày "),
                Run::strong("28/5/2024"),
                Run::plain("."),
            ],
        ),
        p(
            Role::Meeting,
            vec![
                Run::plain("2. Hội nghị Đảng ủy mở rộng vào ngày "),
                Run::strong("29/5/2024"),
                Run::plain("."),
            ],
        ),
        plain(
            Role::Meeting,
            "3. Hội nghị giao ban Thường trực vào 8 giờ sáng thứ Hai hàng tuần.",
        ),
        p(
            Role::MeetingsNote,
            vec![Run::emph("(Các cuộc họp đột xuất khác Đảng ủy thông báo sau)")],
        ),
    ]
}

/// The May 2024 program (`format-rules.md` §6), shortened to 16 blocks: an
/// intro, a heading followed by a long paragraph, a second heading with
/// run-in subheadings and dash items, the meetings, the note and the closing.
pub(crate) fn may_2024_view() -> View {
    let mut body = vec![
        plain(Role::Intro, INTRO),
        p(Role::Heading, vec![Run::strong("1- Công tác xây dựng Đảng:")]),
        plain(Role::Item, LONG),
        plain(Role::Item, SECTION_1[2]),
        p(Role::Heading, vec![Run::strong("2- Hoạt động của chính quyền địa phương")]),
        p(
            Role::Subheading,
            vec![
                Run::emph("2.1- Thường trực HĐND phường:"),
                Run::plain(" "),
                Run::plain(HDND),
            ],
        ),
        p(
            Role::Subheading,
            vec![
                Run::emph("2.2 - UBND phường:"),
                Run::plain(" Tập trung chỉ đạo, tổ chức thực hiện các nhiệm vụ sau:"),
            ],
        ),
        plain(Role::Item, UBND[1]),
        plain(Role::Item, UBND[2]),
    ];
    body.extend(meetings());
    body.push(plain(Role::Closing, CLOSING));
    may_2024_frame(body)
}

/// The whole May 2024 program as the source has it: four pages or so.
pub(crate) fn multi_page_view() -> View {
    let mut body = vec![
        plain(Role::Intro, INTRO),
        p(Role::Heading, vec![Run::strong("1- Công tác xây dựng Đảng:")]),
        plain(Role::Item, LONG),
    ];
    body.extend(SECTION_1.iter().map(|t| plain(Role::Item, t)));
    body.push(p(
        Role::Heading,
        vec![Run::strong("2- Hoạt động của chính quyền địa phương")],
    ));
    body.push(p(
        Role::Subheading,
        vec![
            Run::emph("2.1- Thường trực HĐND phường:"),
            Run::plain(" "),
            Run::plain(HDND),
        ],
    ));
    body.push(p(
        Role::Subheading,
        vec![
            Run::emph("2.2 - UBND phường:"),
            Run::plain(" Tập trung chỉ đạo, tổ chức thực hiện các nhiệm vụ sau:"),
        ],
    ));
    body.extend(UBND.iter().map(|t| plain(Role::Item, t)));
    body.push(p(
        Role::Heading,
        vec![Run::strong(
            "3- Công tác Dân vận, hoạt động của MTTQ, các tổ chức chính trị - xã hội",
        )],
    ));
    body.extend(DAN_VAN.iter().map(|t| plain(Role::Item, t)));
    body.extend(meetings());
    body.push(plain(Role::Closing, CLOSING));
    may_2024_frame(body)
}

/// The header, title and footer of a state document of the People's
/// Committee of phường Mỹ Độ (`format-rules.md` §2, §6.3) around `body`:
/// signed by a vice-chairman for the committee ("TM. ỦY BAN NHÂN DÂN /
/// KT. CHỦ TỊCH / PHÓ CHỦ TỊCH").
fn state_frame(
    kind: (&str, &str),
    summary: &str,
    number: &str,
    date: ([i32; 3], &str),
    body: Vec<Block>,
) -> View {
    let (doc_type, word) = kind;
    let recipients: Vec<String> = [
        "- UBND thành phố (b/c);",
        "- TT. Đảng ủy, HĐND phường;",
        "- Các ban, ngành, đoàn thể phường;",
        "- Lưu: VT, VP.",
    ]
    .map(str::to_owned)
    .to_vec();
    View {
        style: "nha-nuoc",
        rules: "nd30-2020",
        meta: Meta {
            title: format!("{word} {}", summary.replacen("Công", "công", 1)),
            author: "Ủy ban nhân dân phường Mỹ Độ".to_owned(),
            date: date.0,
        },
        draft: false,
        header: Header {
            national: vec![
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM".to_owned(),
                "Độc lập - Tự do - Hạnh phúc".to_owned(),
            ],
            parent: Some("UBND THÀNH PHỐ BẮC GIANG".to_owned()),
            parent_lines: Some("UBND\nTHÀNH PHỐ BẮC GIANG".to_owned()),
            parent_groups: Some(groups("UBND THÀNH PHỐ BẮC GIANG")),
            issuer: "ỦY BAN NHÂN DÂN PHƯỜNG MỸ ĐỘ".to_owned(),
            issuer_lines: "ỦY BAN NHÂN DÂN\nPHƯỜNG MỸ ĐỘ".to_owned(),
            issuer_groups: groups("ỦY BAN NHÂN DÂN PHƯỜNG MỸ ĐỘ"),
            number: number.to_owned(),
            date: date.1.to_owned(),
        },
        doc_type: doc_type.to_owned(),
        summary: vec![Run::plain(summary)],
        body,
        footer: Footer {
            widths: plan::footer_widths(
                recipients.iter().map(String::as_str).chain(["Nơi nhận:"]),
            ),
            recipients_label: "Nơi nhận:".to_owned(),
            electronic_label: None,
            electronic: Vec::new(),
            recipients,
            signer: SignerView {
                authority: vec![
                    "TM. ỦY BAN NHÂN DÂN".to_owned(),
                    "KT. CHỦ TỊCH".to_owned(),
                ],
                authority_groups: vec![
                    groups("TM. ỦY BAN NHÂN DÂN"),
                    groups("KT. CHỦ TỊCH"),
                ],
                title: "PHÓ CHỦ TỊCH".to_owned(),
                title_groups: groups("PHÓ CHỦ TỊCH"),
                name: "Lê Thị Thu Hà".to_owned(),
            },
        },
        appendices: vec![],
    }
}

/// `examples/state-quarterly-plan.yaml` as the view stage makes it
/// (`format-rules.md` §2, §6.3): "KẾ HOẠCH", "Số: 05/KH-UBND", one page.
pub(crate) fn state_quarterly_view() -> View {
    let body = vec![
        p(Role::Heading, vec![Run::strong("I. MỤC ĐÍCH, YÊU CẦU")]),
        plain(
            Role::Item,
            "Triển khai đồng bộ các nhiệm vụ phát triển kinh tế - xã hội quý III năm 2024; bảo đảm an ninh chính trị, trật tự an toàn xã hội trên địa bàn.",
        ),
        p(Role::Heading, vec![Run::strong("II. NHIỆM VỤ TRỌNG TÂM")]),
        p(Role::Heading, vec![Run::strong("1. Công tác quản lý đô thị:")]),
        plain(Role::Item, "Xử lý dứt điểm các trường hợp vi phạm trật tự xây dựng."),
        p(Role::Heading, vec![Run::strong("2. Công tác văn hóa - xã hội:")]),
        plain(Role::Item, "Chuẩn bị các điều kiện cho năm học mới 2024-2025."),
        p(Role::MeetingsTitle, vec![Run::strong("MỘT SỐ CUỘC HỌP CHÍNH TRONG QUÝ")]),
        p(
            Role::Meeting,
            vec![
                Run::plain("1. Sơ kết 6 tháng đầu năm vào ngày "),
                Run::strong("15/7/2024"),
                Run::plain("."),
            ],
        ),
        p(
            Role::Meeting,
            vec![
                Run::plain("2. Họp đánh giá kết quả quý III vào 8 giờ ngày "),
                Run::strong("27/9/2024"),
                Run::plain("."),
            ],
        ),
        plain(
            Role::Closing,
            "Trên đây là kế hoạch công tác quý III năm 2024 của Ủy ban nhân dân phường Mỹ Độ./.",
        ),
    ];
    state_frame(
        ("KẾ HOẠCH", "Kế hoạch"),
        "Công tác quý III năm 2024",
        "Số: 05/KH-UBND",
        ([2024, 6, 25], "Mỹ Độ, ngày 25 tháng 6 năm 2024"),
        body,
    )
}

/// The whole May 2024 program in state style (`format-rules.md` §6.3):
/// the body of [`multi_page_view`] with "1.", "2.1." heading numbers and
/// bold subheadings under the state header and footer; four pages or so.
pub(crate) fn state_may_2024_view() -> View {
    let body = multi_page_view()
        .body
        .into_iter()
        .map(|mut block| {
            if matches!(block.role, Role::Heading | Role::Subheading) {
                let first = &mut block.runs[0].text;
                *first = first.replacen("2.2 - ", "2.2. ", 1).replacen("- ", ". ", 1);
            }
            // NĐ 30 §2.4 [R]: subsection headings bold, upright.
            if block.role == Role::Subheading {
                block.runs[0].strong = true;
                block.runs[0].emph = false;
            }
            block
        })
        .collect();
    state_frame(
        ("CHƯƠNG TRÌNH", "Chương trình"),
        "Công tác tháng 5 năm 2024",
        "Số: 12/CTr-UBND",
        ([2024, 5, 2], "Mỹ Độ, ngày 02 tháng 5 năm 2024"),
        body,
    )
}

/// The view of the plan file at `path` (relative to the crate), through
/// the library as the command line makes it; panics on any error.
pub(crate) fn view_of(path: &str) -> View {
    super::library::view_of_file(
        &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(path),
    )
}

/// A run of shaped text, as drawn.
#[derive(Debug, Clone)]
pub(crate) struct TextRun {
    /// Its characters.
    pub(crate) text: String,
    /// Font size in points.
    pub(crate) size: f64,
    /// Font family.
    pub(crate) family: String,
    /// Font weight, 400 regular, 700 bold.
    pub(crate) weight: u16,
    /// Italic face.
    pub(crate) italic: bool,
    /// Glyph ids (0 is the missing glyph).
    pub(crate) glyphs: Vec<u16>,
    /// Advance width in points.
    pub(crate) width: f64,
    /// The font's ascender at this size, in points (positive).
    pub(crate) ascender: f64,
    /// The font's descender at this size, in points (positive, below).
    pub(crate) descender: f64,
    /// The font's cap height at this size, in points.
    pub(crate) cap_height: f64,
    /// Bottom of the ink relative to the baseline, y down.
    pub(crate) ink_bottom: f64,
}

/// What a laid-out page draws.
#[derive(Debug, Clone)]
pub(crate) enum Kind {
    /// A run of shaped text.
    Text(TextRun),
    /// A straight line from the item's position to position + (dx, dy).
    Line {
        /// Horizontal extent in points.
        dx: f64,
        /// Vertical extent in points.
        dy: f64,
        /// Stroke thickness in points.
        thickness: f64,
    },
    /// Any other shape (rectangles, curves) with its bounding size.
    Shape {
        /// Width in points.
        width: f64,
        /// Height in points.
        height: f64,
    },
}

/// One drawn thing, in page coordinates (points, origin top left).
#[derive(Debug, Clone)]
pub(crate) struct Item {
    /// 0-based page index.
    pub(crate) page: usize,
    /// Left edge (text: start of the baseline).
    pub(crate) x: f64,
    /// Top edge for shapes; the baseline for text.
    pub(crate) y: f64,
    /// The `plan-…` labels of the elements this item is inside, outermost first.
    pub(crate) labels: Vec<String>,
    /// The innermost `plan-…` element this item is inside: items of one
    /// paragraph share it.
    pub(crate) owner: Option<Location>,
    /// What it is.
    pub(crate) kind: Kind,
}

impl Item {
    /// Whether the item is inside an element labelled `label`.
    pub(crate) fn has(&self, label: &str) -> bool {
        self.labels.iter().any(|l| l == label)
    }

    /// The text, if this is a text item.
    pub(crate) fn text(&self) -> Option<&str> {
        match &self.kind {
            Kind::Text(run) => Some(&run.text),
            _ => None,
        }
    }

    /// The text run; panics on other items.
    #[track_caller]
    pub(crate) fn run(&self) -> &TextRun {
        match &self.kind {
            Kind::Text(run) => run,
            other => panic!("not text: {other:?}"),
        }
    }

    /// Advance width of a text item, or width of a shape.
    pub(crate) fn width(&self) -> f64 {
        match &self.kind {
            Kind::Text(run) => run.width,
            Kind::Line { dx, .. } => dx.abs(),
            Kind::Shape { width, .. } => *width,
        }
    }
}

/// Everything the document draws, page by page, in drawing order. A run
/// of text the template split into boxes on one line (a code kept whole,
/// `runs.typ`; the pieces of a word wider than its line, `words.typ`) is
/// one item again, as it reads: see [`joined`].
pub(crate) fn items(doc: &PagedDocument) -> Vec<Item> {
    joined(drawn(doc))
}

/// `items` with each text item that continues the one before it on the
/// same line (same page, baseline, elements and font, starting within
/// half a point of where it ends) appended to it.
fn joined(items: Vec<Item>) -> Vec<Item> {
    let mut out: Vec<Item> = Vec::with_capacity(items.len());
    for item in items {
        if let (Some(last), Kind::Text(run)) = (out.last_mut(), &item.kind) {
            let end = last.x + last.width();
            if let Kind::Text(prev) = &mut last.kind
                && last.page == item.page
                && (last.y - item.y).abs() < 1e-3
                && last.owner == item.owner
                && last.labels == item.labels
                && prev.family == run.family
                && prev.size == run.size
                && prev.weight == run.weight
                && prev.italic == run.italic
                && (item.x - end).abs() < 0.5
            {
                prev.text.push_str(&run.text);
                prev.glyphs.extend(&run.glyphs);
                prev.width = item.x + run.width - last.x;
                prev.ink_bottom = prev.ink_bottom.max(run.ink_bottom);
                continue;
            }
        }
        out.push(item);
    }
    out
}

/// Everything the document draws, as Typst's frames hold it.
fn drawn(doc: &PagedDocument) -> Vec<Item> {
    let mut out = Vec::new();
    let mut open: Vec<(Location, String)> = Vec::new();
    for (page, p) in doc.pages().iter().enumerate() {
        for (pos, item) in p.frame.items() {
            match item {
                // The running header sits at the top edge (y = 0) and holds
                // only its own elements: walk it with a fresh set of open
                // elements, since the End tag of a paragraph that closes a
                // page may be carried over to the next page's body.
                FrameItem::Group(group) if pos.y.to_pt() == 0.0 => {
                    let ts =
                        Transform::translate(pos.x, pos.y).pre_concat(group.transform);
                    walk(&group.frame, ts, page, &mut Vec::new(), &mut out);
                }
                _ => {
                    let mut single = Frame::soft(p.frame.size());
                    single.push(*pos, item.clone());
                    walk(&single, Transform::identity(), page, &mut open, &mut out);
                }
            }
        }
    }
    out
}

fn walk(
    frame: &Frame,
    ts: Transform,
    page: usize,
    open: &mut Vec<(Location, String)>,
    out: &mut Vec<Item>,
) {
    for (pos, item) in frame.items() {
        let at = pos.transform(ts);
        let labels = || open.iter().map(|(_, l)| l.clone()).collect::<Vec<_>>();
        let owner = open.last().map(|(loc, _)| *loc);
        match item {
            FrameItem::Group(group) => {
                let inner = ts
                    .pre_concat(Transform::translate(pos.x, pos.y))
                    .pre_concat(group.transform);
                walk(&group.frame, inner, page, open, out);
            }
            FrameItem::Text(text) => {
                let info = text.font.font().info();
                let metrics = text.font.metrics();
                let bbox = text.bbox();
                let ink_bottom = if bbox.min.y.to_pt().is_finite() {
                    bbox.min.y.to_pt().max(bbox.max.y.to_pt())
                } else {
                    0.0
                };
                out.push(Item {
                    page,
                    x: at.x.to_pt(),
                    y: at.y.to_pt(),
                    labels: labels(),
                    owner,
                    kind: Kind::Text(TextRun {
                        text: text.text.to_string(),
                        size: text.size.to_pt(),
                        family: info.family.clone(),
                        weight: info.variant.weight.to_number(),
                        italic: info.variant.style != FontStyle::Normal,
                        glyphs: text.glyphs.iter().map(|g| g.id).collect(),
                        width: text.width().to_pt(),
                        ascender: metrics.ascender.at(text.size).to_pt(),
                        descender: -metrics.descender.at(text.size).to_pt(),
                        cap_height: metrics.cap_height.at(text.size).to_pt(),
                        ink_bottom,
                    }),
                });
            }
            FrameItem::Shape(shape, _) => {
                let kind = match &shape.geometry {
                    Geometry::Line(to) => Kind::Line {
                        dx: to.x.to_pt(),
                        dy: to.y.to_pt(),
                        thickness: shape
                            .stroke
                            .as_ref()
                            .map_or(0.0, |s| s.thickness.to_pt()),
                    },
                    _ => {
                        let rect = shape.bbox(false);
                        Kind::Shape {
                            width: (rect.max.x - rect.min.x).to_pt(),
                            height: (rect.max.y - rect.min.y).to_pt(),
                        }
                    }
                };
                out.push(Item {
                    page,
                    x: at.x.to_pt(),
                    y: at.y.to_pt(),
                    labels: labels(),
                    owner,
                    kind,
                });
            }
            FrameItem::Tag(Tag::Start(content, _)) => {
                if let (Some(label), Some(loc)) = (content.label(), content.location()) {
                    let name = label.resolve().as_str().to_owned();
                    if name.starts_with("plan-") {
                        open.push((loc, name));
                    }
                }
            }
            FrameItem::Tag(Tag::End(loc, ..)) => open.retain(|(l, _)| l != loc),
            FrameItem::Image(..) | FrameItem::Link(..) => {}
        }
    }
}

/// The items labelled `label`, in drawing order.
pub(crate) fn labelled<'a>(items: &'a [Item], label: &str) -> Vec<&'a Item> {
    items.iter().filter(|i| i.has(label)).collect()
}

/// The text items labelled `label`, panicking when there are none.
pub(crate) fn texts<'a>(items: &'a [Item], label: &str) -> Vec<&'a Item> {
    let found: Vec<_> =
        labelled(items, label).into_iter().filter(|i| i.text().is_some()).collect();
    assert!(!found.is_empty(), "no text labelled <{label}>");
    found
}

/// The concatenated text of the items labelled `label`.
pub(crate) fn text_of(items: &[Item], label: &str) -> String {
    texts(items, label).iter().filter_map(|i| i.text()).collect()
}

/// Left and right edges (points) of the text items labelled `label` on one line.
pub(crate) fn extent(items: &[&Item]) -> (f64, f64) {
    let left = items.iter().map(|i| i.x).fold(f64::INFINITY, f64::min);
    let right = items.iter().map(|i| i.x + i.width()).fold(f64::NEG_INFINITY, f64::max);
    (left, right)
}

/// The distinct baselines (points) of text items, sorted, merging those
/// closer than the tolerance.
pub(crate) fn baselines(items: &[&Item]) -> Vec<f64> {
    let mut ys: Vec<f64> =
        items.iter().filter(|i| i.text().is_some()).map(|i| i.y).collect();
    ys.sort_by(f64::total_cmp);
    ys.dedup_by(|a, b| (*a - *b).abs() < TOL);
    ys
}

/// Asserts `actual` is within [`TOL`] of `expected`.
#[track_caller]
pub(crate) fn assert_close(actual: f64, expected: f64, what: &str) {
    assert!(
        (actual - expected).abs() <= TOL,
        "{what}: {actual:.3} pt, expected {expected:.3} pt (±{TOL} pt)"
    );
}

/// A compiled view and what its pages draw.
pub(crate) struct Laid {
    /// The view.
    pub(crate) view: View,
    /// The document.
    pub(crate) doc: PagedDocument,
    /// Everything drawn, see [`items`].
    pub(crate) items: Vec<Item>,
}

impl Laid {
    /// Compiles `view` and walks its pages.
    pub(crate) fn new(view: View) -> Self {
        let doc = compile(&view);
        let items = items(&doc);
        Self { view, doc, items }
    }

    /// The items labelled `label`.
    pub(crate) fn labelled(&self, label: &str) -> Vec<&Item> {
        labelled(&self.items, label)
    }

    /// The text items labelled `label`, at least one.
    pub(crate) fn texts(&self, label: &str) -> Vec<&Item> {
        texts(&self.items, label)
    }

    /// The single text item labelled `label`.
    #[track_caller]
    pub(crate) fn one(&self, label: &str) -> &Item {
        let found = self.texts(label);
        assert_eq!(
            found.len(),
            1,
            "expected one text item labelled <{label}>: {found:#?}"
        );
        found[0]
    }

    /// The concatenated text labelled `label`.
    pub(crate) fn text_of(&self, label: &str) -> String {
        text_of(&self.items, label)
    }

    /// Text items grouped by paragraph (innermost `plan-` element), in
    /// order, for the given labels.
    pub(crate) fn paragraphs(&self, labels: &[&str]) -> Vec<Vec<&Item>> {
        let mut out: Vec<Vec<&Item>> = Vec::new();
        let mut last = None;
        for item in &self.items {
            let Some(label) = item.labels.last() else { continue };
            if item.text().is_none() || !labels.contains(&label.as_str()) {
                continue;
            }
            if item.owner != last || out.is_empty() {
                out.push(Vec::new());
                last = item.owner;
            }
            out.last_mut().expect("pushed above").push(item);
        }
        out
    }
}

/// The May 2024 program, compiled once.
pub(crate) fn may_2024() -> &'static Laid {
    static LAID: OnceLock<Laid> = OnceLock::new();
    LAID.get_or_init(|| Laid::new(may_2024_view()))
}

/// The whole program (four pages or so), compiled once.
pub(crate) fn multi_page() -> &'static Laid {
    static LAID: OnceLock<Laid> = OnceLock::new();
    LAID.get_or_init(|| Laid::new(multi_page_view()))
}

/// The state quarterly plan, compiled once.
pub(crate) fn state_quarterly() -> &'static Laid {
    static LAID: OnceLock<Laid> = OnceLock::new();
    LAID.get_or_init(|| Laid::new(state_quarterly_view()))
}

/// The May 2024 program in state style, compiled once.
pub(crate) fn state_may_2024() -> &'static Laid {
    static LAID: OnceLock<Laid> = OnceLock::new();
    LAID.get_or_init(|| Laid::new(state_may_2024_view()))
}

/// Writes `bytes` under the test target folder for looking at.
pub(crate) fn save(name: &str, bytes: &[u8]) -> std::path::PathBuf {
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("plan-render");
    std::fs::create_dir_all(&dir).expect("create the output folder");
    let path = dir.join(name);
    plan::export::write_atomic(&path, bytes).expect("write the file");
    path
}

/// The text of a PDF made by typst, page by page, decoded through each
/// font's `/ToUnicode` map (lopdf 0.38's `extract_text` cannot parse
/// typst's CMaps). Text operators of one page are joined without spaces.
pub(crate) fn pdf_text(pdf: &[u8]) -> String {
    use lopdf::{Document, Object};
    let doc = Document::load_mem(pdf).expect("parse pdf");
    let mut out = String::new();
    for (_, page) in doc.get_pages() {
        let mut maps: HashMap<Vec<u8>, HashMap<u32, String>> = HashMap::new();
        for (name, font) in doc.get_page_fonts(page).expect("fonts") {
            let Ok(to_unicode) = font.get(b"ToUnicode").and_then(Object::as_reference)
            else {
                continue;
            };
            let stream =
                doc.get_object(to_unicode).and_then(Object::as_stream).expect("cmap");
            let data =
                stream.decompressed_content().unwrap_or_else(|_| stream.content.clone());
            maps.insert(name, parse_cmap(&String::from_utf8_lossy(&data)));
        }
        let content = lopdf::content::Content::decode(
            &doc.get_page_content(page).expect("content"),
        )
        .expect("decode content");
        let mut map = None;
        for op in &content.operations {
            match op.operator.as_str() {
                "Tf" => {
                    map = op
                        .operands
                        .first()
                        .and_then(|o| o.as_name().ok())
                        .and_then(|n| maps.get(n));
                }
                "Tj" | "TJ" => {
                    let strings = shown_strings(op);
                    for s in strings {
                        for code in s.chunks(2) {
                            let code = u32::from(u16::from_be_bytes([
                                code[0],
                                *code.get(1).unwrap_or(&0),
                            ]));
                            if let Some(text) = map.and_then(|m| m.get(&code)) {
                                out.push_str(text);
                            }
                        }
                    }
                }
                _ => {}
            }
        }
        out.push('\n');
    }
    out
}

/// The strings a text-showing operation (`Tj`, `TJ`, `'`) shows.
pub(crate) fn shown_strings(op: &lopdf::content::Operation) -> Vec<&Vec<u8>> {
    use lopdf::Object;
    match op.operands.first() {
        Some(Object::String(s, _)) => vec![s],
        Some(Object::Array(items)) => items
            .iter()
            .filter_map(|o| if let Object::String(s, _) = o { Some(s) } else { None })
            .collect(),
        _ => vec![],
    }
}

/// The `bfchar` and `bfrange` entries of a ToUnicode CMap.
pub(crate) fn parse_cmap(cmap: &str) -> HashMap<u32, String> {
    fn hex(token: &str) -> Vec<u8> {
        let t = token.trim_matches(|c| c == '<' || c == '>');
        (0..t.len() / 2)
            .filter_map(|i| u8::from_str_radix(&t[2 * i..2 * i + 2], 16).ok())
            .collect()
    }
    fn utf16(bytes: &[u8]) -> String {
        let units: Vec<u16> = bytes
            .chunks(2)
            .map(|c| u16::from_be_bytes([c[0], *c.get(1).unwrap_or(&0)]))
            .collect();
        String::from_utf16_lossy(&units)
    }
    fn code(bytes: &[u8]) -> u32 {
        bytes.iter().fold(0u32, |acc, b| (acc << 8) | u32::from(*b))
    }
    let spaced = cmap
        .replace('<', " <")
        .replace('>', "> ")
        .replace('[', " [ ")
        .replace(']', " ] ");
    let tokens: Vec<&str> = spaced.split_whitespace().collect();
    let mut map = HashMap::new();
    let mut i = 0;
    while i < tokens.len() {
        match tokens[i] {
            "beginbfchar" => {
                i += 1;
                while i + 1 < tokens.len() && tokens[i] != "endbfchar" {
                    map.insert(code(&hex(tokens[i])), utf16(&hex(tokens[i + 1])));
                    i += 2;
                }
            }
            "beginbfrange" => {
                i += 1;
                while i + 2 < tokens.len() && tokens[i] != "endbfrange" {
                    let (lo, hi) = (code(&hex(tokens[i])), code(&hex(tokens[i + 1])));
                    if tokens[i + 2] == "[" {
                        i += 3;
                        for c in lo..=hi {
                            map.insert(c, utf16(&hex(tokens[i])));
                            i += 1;
                        }
                        i += 1;
                    } else {
                        let mut dst = hex(tokens[i + 2]);
                        for c in lo..=hi {
                            map.insert(c, utf16(&dst));
                            if let Some(last) = dst.last_mut() {
                                *last = last.wrapping_add(1);
                            }
                        }
                        i += 3;
                    }
                }
            }
            _ => {}
        }
        i += 1;
    }
    map
}
