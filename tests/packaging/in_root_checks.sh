#!/usr/bin/env bash
# Run by install_test.sh inside the Debian root, after the package was installed:
#   in_root_checks.sh VERSION LIBRARY...   (the sonames the two programs link directly)
# The programs run as the unprivileged user "tester", as they would on a desktop.
set -uo pipefail
version="$1"; shift
failures=0
ok() { echo "ok   $*"; }
fail() { echo "FAIL $*"; failures=$(( failures + 1 )); }
as_tester() {
    runuser -u tester -- env -i PATH=/usr/bin:/bin HOME=/home/tester LANG=C.UTF-8 "$@"
}

# Every library the programs link is there, and comes from a package the Depends name.
depends=" $(dpkg-query -W -f='${Depends}' c360-workbench | tr ',|' '\n\n' |
            sed 's/^ *//; s/[ (].*//' | tr '\n' ' ') "
for program in /usr/bin/c360 /usr/bin/c360-workbench; do
    missing=$(ldd "$program" | grep 'not found')
    [ -z "$missing" ] && ok "ldd $program: every library found" ||
        fail "ldd $program: $missing"
done
for lib in $(printf '%s\n' "$@" | sort -u); do
    owners=$(dpkg -S "*/$lib" 2>/dev/null | sed 's/: .*//; s/, /\n/g; s/:[a-z0-9]*$//' |
             sed 's/:[a-z0-9]*$//' | sort -u | tr '\n' ' ')
    named=""
    for owner in $owners; do
        case "$depends" in *" $owner "*) named="$owner" ;; esac
    done
    [ -n "$named" ] && ok "$lib comes from $named, which the package depends on" ||
        fail "$lib comes from ${owners:-no package}, which the package's Depends do not name"
done

out=$(c360 --version)
[ "$out" = "c360 $version" ] && ok "c360 --version: $out" || fail "c360 --version: $out"

# The command line on the installed demo sources.
start=$SECONDS
if as_tester c360 build /usr/share/c360-workbench/demo -o /tmp/demo.c360 --as-of 2025-06-30 \
        > /tmp/build.log 2>&1; then
    ok "c360 build /usr/share/c360-workbench/demo -o /tmp/demo.c360 --as-of 2025-06-30:" \
       "$(head -1 /tmp/build.log) ($(( SECONDS - start )) s)"
else
    cat /tmp/build.log
    fail "c360 build on the installed demo"
fi
magic=$(od -An -c -j68 -N4 /tmp/demo.c360 2>/dev/null | tr -d ' ')
[ "$magic" = "C360" ] && ok "the workspace says C360 at byte 68 (its MIME magic)" ||
    fail "the workspace has '$magic' at byte 68, not C360"
if as_tester c360 export /tmp/demo.c360 -o /tmp/high.csv --filter customer_value_segment=High \
        --quiet && [ "$(wc -l < /tmp/high.csv)" -gt 1 ]; then
    ok "c360 export --filter customer_value_segment=High: $(( $(wc -l < /tmp/high.csv) - 1 )) customers"
else
    fail "c360 export of the High segment"
fi
for page in c360 c360-workbench; do
    zcat "/usr/share/man/man1/$page.1.gz" | grep -q '^\.TH' && ok "man page $page(1) installed" ||
        fail "man page $page(1)"
done

# Qt's own German, chosen by LANG (from qt6-translations-l10n, the package's Recommends).
header=$(/usr/bin/python3 -c 'import json; print(json.load(open("/tmp/expected_german.json")).get("qt_options_header", ""))')
if [ -n "$header" ]; then
    help=$(as_tester env LANG=de_DE.UTF-8 QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=/tmp \
           c360-workbench --help 2>/dev/null)
    grep -qx "$header" <<<"$help" && ok "LANG=de_DE.UTF-8 c360-workbench --help says '$header'" ||
        fail "LANG=de_DE.UTF-8 c360-workbench --help has no line '$header': $help"
fi

# The workbench's first start, in German, read through AT-SPI under Xvfb.
start=$SECONDS
data="/home/tester/.local/share/Customer360/Customer 360 Workbench"
runtime=/tmp/runtime-tester
rm -rf "$runtime" "/home/tester/.local/share/Customer360" "/home/tester/.config/Customer360"
install -d -m 700 -o tester -g tester "$runtime"
touch /tmp/before-workbench
sleep 1
cat > /tmp/session.sh <<'EOF'
export QT_ACCESSIBILITY=1 QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 QT_QPA_PLATFORM=xcb
export LANG=de_DE.UTF-8
# Start the accessibility bus before the workbench asks for it.
dbus-send --session --dest=org.a11y.Bus --print-reply /org/a11y/bus org.a11y.Bus.GetAddress \
    >/dev/null
c360-workbench > /tmp/workbench.log 2>&1 &
app=$!
/usr/bin/python3 /tmp/read_workbench.py /tmp/expected_german.json demo.c360
status=$?
kill $app 2>/dev/null
wait $app 2>/dev/null
exit $status
EOF
chmod 644 /tmp/session.sh
as_tester env XDG_RUNTIME_DIR="$runtime" timeout 180 \
    xvfb-run -a -s '-screen 0 1600x1000x24' dbus-run-session -- bash /tmp/session.sh \
    > /tmp/session.log 2>&1
status=$?
grep -v -e 'fd limit' -e '^dbus-daemon' -e 'SpiRegistry daemon' /tmp/session.log
if [ $status -eq 0 ]; then
    ok "c360-workbench under Xvfb, LANG=de_DE.UTF-8: title and menus read through AT-SPI" \
       "($(( SECONDS - start )) s)"
else
    echo "--- the workbench's output:"; cat /tmp/workbench.log 2>/dev/null
    fail "c360-workbench under Xvfb (exit $status)"
fi
# The demo workspace went to the user's data folder, and nothing was written beside the
# program or its demo sources.
[ -f "$data/demo.c360" ] && ok "the demo workspace is in the user's data folder: $data/demo.c360" ||
    fail "no demo workspace in $data"
written=$(find /usr /etc /opt -xdev -newer /tmp/before-workbench -not -type d 2>/dev/null)
[ -z "$written" ] && ok "nothing was written under /usr, /etc or /opt" ||
    fail "written beside the program: $written"

exit $(( failures > 0 ))
