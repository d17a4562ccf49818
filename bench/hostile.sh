#!/usr/bin/env bash
# Times `plan` on hostile input and prints wall and CPU time, max RSS, exit
# code and whether a failed build wrote anything.
#
#   bench/hostile.sh            # builds the release binary first
#   PLAN=path/to/plan bench/hostile.sh
#
# Every shape must end in a clean error (exit 1) or a correct build (exit 0)
# within 3 s of CPU time and 300 MB, writing nothing when it fails
# (issues 4 and 10). The test suite checks
# the outcome of the same shapes (tests/testsuite/hostile.rs); this script
# measures them, since tests assert no timings (style.md §7).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
if [[ -z "${PLAN:-}" ]]; then
    cargo build --release --quiet --manifest-path "$root/Cargo.toml"
    PLAN="${CARGO_TARGET_DIR:-$root/target}/release/plan"
fi
[[ -x /usr/bin/time ]] || { echo "needs GNU time (/usr/bin/time)" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# A valid plan; ITEMS stands for the items of its one section.
plan_with() {
    local items=$1
    printf '%s\n' \
        'kind: chuong-trinh' 'style: dang' 'period: 2024-05' 'place: Mỹ Độ' \
        'issuer: { name: Đảng ủy phường Mỹ Độ, abbr: ĐU }' \
        'sections:' '  - title: Công tác xây dựng Đảng' '    items:'
    cat "$items"
    printf '%s\n' \
        'closing: Trên đây là chương trình công tác tháng 5/2024.' \
        'recipients: [Các chi bộ trực thuộc]' 'archive: VP/ĐU' \
        'signer: { on_behalf: Đảng ủy, title: Bí thư, name: Hoàng Trọng Hiếu }'
}

repeat() { # repeat TEXT COUNT: TEXT written COUNT times, no newline added
    awk -v t="$1" -v n="$2" 'BEGIN { for (i = 0; i < n; i++) printf "%s", t }'
}

cd "$work"

# Alias bomb ("billion laughs").
{
    echo 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'
    prev=a
    for name in b c d e f g h i; do
        printf '%s: &%s [' "$name" "$name"
        for _ in 1 2 3 4 5 6 7 8; do printf '*%s,' "$prev"; done
        printf '*%s]\n' "$prev"
        prev=$name
    done
} > alias-bomb.yaml
repeat '[' 100000 > deep-flow-list.yaml
{ repeat '- ' 100000; echo x; } > deep-block-list.yaml
{ repeat '{a: ' 100000; printf 1; repeat '}' 100000; } > deep-flow-map.yaml
{ for ((d = 0; d < 200; d++)); do printf '%*sa:\n' "$d" ''; done; } > deep-block-map.yaml
{ printf '      - '; head -c 10000000 /dev/zero | tr '\0' 'a'; echo; } > line.txt
plan_with line.txt > ten-mb-line.yaml
repeat $'      - Nội dung công việc của Đảng ủy phường Mỹ Độ, tập trung lãnh đạo.\n' 60000 \
    > items.txt
plan_with items.txt > multi-mb-file.yaml
echo '      - Tiếp tục quán triệt thực hiện các nghị quyết.' > one.txt
plan_with one.txt | sed 's/^period: 2024-05$/period: 2024-05\nnumber: 999999999999999999999999/' \
    > huge-number.yaml
plan_with one.txt | sed 's/^period: 2024-05$/period: 2024-05\ndate: 99999-05-02/' \
    > year-99999.yaml
# 24 000 unknown keys on one 250 KB line: 200 reports of that line.
{ printf '{k0: 1'; for ((i = 1; i < 24000; i++)); do printf ', k%d: 1' "$i"; done; echo '}'; } \
    > wide-line.yaml
# 2 KB of `about` cited 10 000 times (20 MB once expanded).
repeat "      - Thực hiện $(repeat '{kl01:full} ' 10).
" 1000 > refs.txt
plan_with refs.txt > ref-expansion.yaml
printf '%s\n' 'directives:' \
    "  kl01: { type: Kết luận, number: 01-KL/TW, date: 2021-05-18, by: Bộ Chính trị, about: $(repeat 'tiếp tục đẩy mạnh học tập và làm theo tư tưởng Hồ Chí Minh; ' 35) }" \
    >> ref-expansion.yaml
# 3 000 anniversaries and 20 000 references to an unknown id.
repeat "      - Kỷ niệm $(repeat '{b} ' 100).
" 200 > unknown.txt
plan_with unknown.txt > unknown-refs.yaml
echo 'anniversaries:' >> unknown-refs.yaml
awk 'BEGIN { for (i = 0; i < 3000; i++) printf "  a%d: { name: Sự kiện %d, date: 1990-05-01 }\n", i, i }' \
    >> unknown-refs.yaml
# One item with 20 000 references to an anniversary outside the period (one
# warning: it is reported once per text).
{ printf '      - Kỷ niệm '; repeat '{a:years} ' 20000; echo '.'; } > many.txt
plan_with many.txt > many-refs.yaml
printf '%s\n' 'anniversaries:' '  a: { name: Sự kiện, date: 1990-12-01 }' >> many-refs.yaml
# The largest valid plan (just under the 640 KiB limit, 113-byte items): a
# correct build.
repeat $'      - Nội dung công việc của Đảng ủy phường Mỹ Độ, tập trung lãnh đạo, chỉ đạo.\n' 5790 \
    > limit.txt
plan_with limit.txt > at-size-limit.yaml
# About the same size as one paragraph, and as one word of 218 000 letters.
{ printf '      - '; repeat 'Nội dung công việc của Đảng ủy phường Mỹ Độ, ' 9700; echo; } > para.txt
plan_with para.txt > limit-paragraph.yaml
{ printf '      - '; repeat 'ạ' 218000; echo; } > word.txt
plan_with word.txt > limit-word.yaml
# A province's yearly program: 40 sections of 3 subsections of 12 items,
# about 543 KB (tests/testsuite/hostile.rs, `yearly_plan`).
{
    printf '%s\n' 'kind: chuong-trinh' 'style: dang' 'period: 2025' 'number: 12' \
        'date: 2024-12-20' 'place: Bắc Giang' 'issuer:' '  parent: Đảng bộ tỉnh Bắc Giang' \
        '  name: Ban Thường vụ Tỉnh ủy' '  abbr: TU' 'sections:'
    for ((s = 1; s <= 40; s++)); do
        printf '  - title: Lĩnh vực công tác thứ %d của tỉnh\n    sections:\n' "$s"
        for sub in 1 2 3; do
            printf '      - title: Nhóm nhiệm vụ %d của lĩnh vực %d\n        items:\n' "$sub" "$s"
            for ((i = 1; i <= 12; i++)); do
                printf '          - Nhiệm vụ %d - %s\n' "$i" 'lãnh đạo, chỉ đạo các cấp ủy, tổ chức đảng triển khai thực hiện có hiệu quả nghị quyết đại hội đảng bộ các cấp; tăng cường kiểm tra, giám sát, đôn đốc việc thực hiện, kịp thời tháo gỡ khó khăn, vướng mắc và báo cáo kết quả về Ban Thường vụ Tỉnh ủy.'
            done
        done
    done
    printf '%s\n' 'closing: Trên đây là chương trình công tác năm 2025 của Ban Thường vụ Tỉnh ủy./.' \
        'recipients: [Ban Chấp hành Trung ương (b/c), Các huyện ủy và thành ủy]' \
        'archive: VP/TU' 'signer: { on_behalf: Ban Thường vụ, title: Bí thư, name: Nguyễn Văn Bình }'
} > yearly-plan.yaml
# Two plans of 150 sections of 24 items, with the same words in other
# orders: `plan diff` scores every old section against every new one
# (22,500 pairs of about 500 words each), which took minutes with a word
# diff of each pair (src/diff/report.rs, `MAX_SECTION_WORDS`).
many_sections() { # many_sections SEED
    awk -v seed="$1" 'BEGIN {
        n = split("công tác tổ chức hội nghị triển khai thực hiện kế hoạch năm tháng quý đảng ủy chi bộ phường xã kiểm tra giám sát tuyên truyền vận động nhân dân", w, " ")
        print "kind: chuong-trinh\nstyle: dang\nperiod: 2025\nplace: Bắc Giang"
        print "issuer: { name: Ban Thường vụ Tỉnh ủy, abbr: TU }\nsections:"
        x = seed
        for (s = 1; s <= 150; s++) {
            printf "  - title: Mục %d %s\n    items:\n", s, w[(s * seed) % n + 1]
            for (i = 1; i <= 24; i++) {
                line = "      -"
                for (k = 1; k <= 22; k++) { x = (x * 1103515245 + 12345) % 2147483648; line = line " " w[int(x / 65536) % n + 1] }
                print line "."
            }
        }
        print "closing: Trên đây là chương trình công tác năm 2025./."
        print "recipients: [Các huyện ủy]\narchive: VP/TU"
        print "signer: { on_behalf: Ban Thường vụ, title: Bí thư, name: Nguyễn Văn Bình }"
    }'
}
many_sections 1 > sections-a.yaml
many_sections 2 > sections-b.yaml
mkfifo fifo.yaml
echo '      - Nội dung.' > ok.txt
plan_with ok.txt > ok.yaml

printf '%-22s %-6s %9s %9s %9s %10s %4s %s\n' input cmd bytes wall cpu max-rss exit wrote
run() { # run NAME CMD FILE [MORE ARGS]
    local name=$1 cmd=$2 file=$3 code
    local args=("$cmd" "$file" "${@:4}")
    [[ $cmd == build ]] && args+=(-o out.pdf)
    set +e
    # `timeout`: a command that waits on a FIFO must not stop the script.
    # CPU time (user + system) is what the 3 s applies to: on a shared
    # machine the wall time also counts the waits for a free core.
    /usr/bin/time -f '%e %U %S %M' -o time.txt timeout 10 "$PLAN" "${args[@]}" \
        > /dev/null 2> stderr.txt < /dev/null
    code=$?
    set -e
    local stats wrote=-
    read -r -a stats < <(tail -n 1 time.txt)
    # A failed build writes nothing.
    if [[ $cmd == build && -e out.pdf ]]; then wrote=out.pdf; fi
    printf '%-22s %-6s %9s %8ss %8ss %7s KB %4s %s\n' "$name" "$cmd" \
        "$(stat -c %s "$file" 2> /dev/null || echo -)" "${stats[0]}" \
        "$(awk -v u="${stats[1]}" -v s="${stats[2]}" 'BEGIN { printf "%.2f", u + s }')" "${stats[3]}" "$code" "$wrote"
    if [[ $code != 0 && $wrote != - ]]; then echo "  WROTE out.pdf although it failed"; fi
    if grep -q panicked stderr.txt; then echo "  PANIC: $(head -n 3 stderr.txt)"; fi
    if [[ $code == 124 ]]; then echo "  TIMEOUT: still running after 10 s"; fi
    rm -f out.pdf
}
for f in alias-bomb deep-flow-list deep-block-list deep-flow-map deep-block-map \
    ten-mb-line multi-mb-file huge-number year-99999 wide-line ref-expansion unknown-refs many-refs; do
    run "$f" build "$f.yaml"
done
# `text` and `diff` read through the same bounded reader as `build`.
run multi-mb-file text multi-mb-file.yaml
run multi-mb-file diff multi-mb-file.yaml ok.yaml
run ten-mb-line text ten-mb-line.yaml
run ref-expansion text ref-expansion.yaml
# Not regular files: refused at once (a FIFO nobody writes to would wait).
for cmd in check build text; do
    run /dev/zero "$cmd" /dev/zero
    run fifo "$cmd" fifo.yaml
done
run fifo diff fifo.yaml ok.yaml
run many-sections diff sections-a.yaml sections-b.yaml
for f in at-size-limit limit-paragraph limit-word yearly-plan; do
    run "$f" build "$f.yaml"
done
