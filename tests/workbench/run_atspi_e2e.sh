#!/usr/bin/env bash
# Runs the workbench under Xvfb with a private D-Bus session and the AT-SPI bus, then reads it
# with atspi_e2e.py. Usage: run_atspi_e2e.sh C360_CLI WORKBENCH SCRATCH_DIR
# Exit 77 (skipped) only when the tools are not installed; tools/test installs them.
set -euo pipefail
cli="$1"; workbench="$2"; scratch="$3"
for tool in xvfb-run dbus-run-session xdotool /usr/bin/python3; do
    command -v "$tool" >/dev/null || { echo "missing $tool"; exit 77; }
done
/usr/bin/python3 -c 'import gi; gi.require_version("Atspi", "2.0")' 2>/dev/null ||
    { echo "missing gir1.2-atspi-2.0"; exit 77; }
rm -rf "$scratch" && mkdir -p "$scratch"
"$cli" generate --customers 1500 --seed 7 --as-of 2025-06-30 -o "$scratch/src" --no-progress >/dev/null
"$cli" build "$scratch/src" -o "$scratch/e2e.c360" --as-of 2025-06-30 --quiet
# The number of customers as the core counts them, from a full export.
"$cli" export "$scratch/e2e.c360" -o "$scratch/all.csv" --columns customer_id --quiet
customers=$(( $(wc -l < "$scratch/all.csv") - 1 ))
here="$(cd "$(dirname "$0")" && pwd)"
cat > "$scratch/session.sh" <<INNER
set -u
export QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 QT_QPA_PLATFORM=xcb
export XDG_CONFIG_HOME="$scratch/config" XDG_DATA_HOME="$scratch/data"
# Start the accessibility bus before the application asks for it.
dbus-send --session --dest=org.a11y.Bus --print-reply /org/a11y/bus org.a11y.Bus.GetAddress >/dev/null
"$workbench" "$scratch/e2e.c360" > "$scratch/workbench.log" 2>&1 &
app=\$!
/usr/bin/python3 "$here/atspi_e2e.py" "$scratch/e2e.c360" "$customers"
status=\$?
kill \$app 2>/dev/null
wait \$app 2>/dev/null
exit \$status
INNER
timeout 300 xvfb-run -a -s '-screen 0 1600x1000x24' dbus-run-session -- bash "$scratch/session.sh" 2>&1 |
    grep -v -e 'fd limit' -e '^dbus-daemon' -e 'SpiRegistry daemon'
exit "${PIPESTATUS[0]}"
