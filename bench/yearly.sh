#!/usr/bin/env bash
# Prints a generated yearly plan: SECTIONS sections of SUBSECTIONS
# subsections of ITEMS items each (default 40 × 3 × 12: about 530 KB of YAML,
# every item a different sentence of about 370 bytes), which lays out to
# about 170 pages (19 sections: 253 KB, 80 pages).
#
#   bench/yearly.sh > yearly.yaml
#   bench/yearly.sh 4 3 12 > small.yaml
set -euo pipefail
sections=${1:-40} subsections=${2:-3} items=${3:-12}

cat <<'YAML'
kind: chuong-trinh
style: dang
period: 2024
number: 12
date: 2024-01-05
place: Mỹ Độ
issuer: { parent: Đảng bộ thành phố Bắc Giang, name: Đảng ủy phường Mỹ Độ, abbr: ĐU }
intro: >-
  Thực hiện Nghị quyết Đại hội Đảng bộ phường nhiệm kỳ 2020 - 2025, Đảng ủy
  phường Mỹ Độ xây dựng chương trình công tác năm 2024 như sau:
sections:
YAML
awk -v S="$sections" -v U="$subsections" -v I="$items" 'BEGIN {
    for (s = 1; s <= S; s++) {
        printf "  - title: Lĩnh vực công tác số %d của Đảng ủy phường\n", s
        print  "    sections:"
        for (u = 1; u <= U; u++) {
            printf "      - title: Nhiệm vụ %d.%d của các chi bộ và đoàn thể\n", s, u
            printf "        intro: \"Tập trung lãnh đạo, chỉ đạo thực hiện nhóm nhiệm vụ %d.%d sau đây:\"\n", s, u
            print  "        list: dash"
            print  "        items:"
            for (i = 1; i <= I; i++) {
                printf "          - Tiếp tục quán triệt, triển khai thực hiện nội dung công việc số %d.%d.%d; ", s, u, i
                printf "tăng cường công tác kiểm tra, giám sát việc thực hiện nhiệm vụ chính trị của các chi bộ, "
                printf "đoàn thể và cán bộ, đảng viên; báo cáo kết quả về Văn phòng Đảng ủy trước "
                printf "ngày 25 hằng tháng.\n"
            }
        }
    }
}'
cat <<'YAML'
closing: >-
  Trên đây là chương trình công tác năm 2024 của Đảng ủy phường Mỹ Độ. Đề nghị
  các chi bộ, đoàn thể triển khai thực hiện, báo cáo kết quả về Thường trực
  Đảng ủy./.
recipients: [TT. Thành ủy (b/c), Các chi bộ trực thuộc, Các đ/c Đảng ủy viên]
archive: VP/ĐU
signer: { on_behalf: Đảng ủy, title: Bí thư, name: Nguyễn Văn An }
YAML
