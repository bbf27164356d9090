#!/usr/bin/env bash
# Installs the package into a fresh minimal Debian 12 root and uses it there, as a user would.
# Usage (as root): install_test.sh DEB ROOT_CACHE_DIR TS_FILE
#
# ROOT_CACHE_DIR/base is `debootstrap --variant=minbase bookworm` plus only what the checks
# need to look (Xvfb, D-Bus, the AT-SPI bus and python3-gi to read the window, the de_DE.UTF-8
# locale, a user). It is made once and reused while its stamp matches and it is intact; each
# run works on an overlay over it (ROOT_CACHE_DIR/run), so the base never sees the package.
# Downloaded .debs are kept in ROOT_CACHE_DIR/apt-archives for the next run.
#
# In the root: apt-get install ./c360-workbench_*.deb (--no-install-recommends: the Depends
# alone must be enough), every library the programs link comes from a package the Depends
# name, c360 --version, c360 build on the installed demo, then c360-workbench started with
# LANG=de_DE.UTF-8 under Xvfb on its first start (no workspace): it must build the demo into
# the user's data folder, never beside the program, and its window title and menu names read
# through AT-SPI must be the German of TS_FILE (or the English source where that has no
# finished translation yet).
set -euo pipefail
deb="$(realpath "$1")"; cache="$(realpath -m "$2")"; ts_file="$(realpath "$3")"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
lconvert="${C360_LCONVERT:-/usr/lib/qt6/bin/lconvert}"
mirror="${C360_DEBIAN_MIRROR:-http://deb.debian.org/debian}"
security="${C360_DEBIAN_SECURITY_MIRROR:-http://deb.debian.org/debian-security}"
suite=bookworm
# What the checks need inside the root, and nothing else.
tools=(xvfb xauth dbus at-spi2-core python3-gi gir1.2-atspi-2.0 locales)

if [ "$(id -u)" -ne 0 ]; then
    echo "install_test.sh needs root (debootstrap, chroot, mount)" >&2
    exit 1
fi
for tool in debootstrap chroot readelf; do
    command -v "$tool" >/dev/null || { echo "missing $tool" >&2; exit 1; }
done

base="$cache/base"
run="$cache/run"
archives="$cache/apt-archives"
stamp="$cache/base.stamp"
# A base made by another version of this recipe is made again.
recipe="$(printf '%s\n' "$suite" "$mirror" "$security" "${tools[*]}" "locale de_DE.UTF-8" \
          "user tester" "recipe 1" | sha256sum | cut -d' ' -f1)"

mounts=()
cleanup() {
    local i
    for (( i=${#mounts[@]}-1; i>=0; i-- )); do
        umount "${mounts[i]}" 2>/dev/null || umount -l "${mounts[i]}" 2>/dev/null || true
    done
    mounts=()
    rm -rf "$run"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
mount_in() { # mount_in TARGET MOUNT-ARGS...: mounts and remembers it for cleanup
    local target="$1"; shift
    mkdir -p "$target"
    mount "$@" "$target"
    mounts+=("$target")
    # Nothing mounted below it may reach the host's own /dev (shared propagation).
    mount --make-private "$target"
}
enter() { # enter ROOT: the mounts a chroot needs
    local root="$1"
    mount_in "$root/proc" -t proc proc
    mount_in "$root/dev" --bind /dev
    mount_in "$root/dev/pts" --bind /dev/pts
    mount_in "$root/dev/shm" -t tmpfs -o mode=1777 tmpfs
    mount_in "$root/var/cache/apt/archives" --bind "$archives"
    cp -L /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
}
leave() {
    local i
    for (( i=${#mounts[@]}-1; i>=0; i-- )); do umount "${mounts[i]}"; done
    mounts=()
}
in_root() { # in_root ROOT COMMAND...
    local root="$1"; shift
    chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 \
        DEBIAN_FRONTEND=noninteractive "$@"
}

base_intact() {
    [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$recipe" ] || return 1
    for f in usr/bin/apt-get usr/bin/Xvfb usr/bin/xvfb-run usr/bin/dbus-run-session \
             usr/bin/python3 usr/libexec/at-spi-bus-launcher usr/lib/locale/locale-archive \
             home/tester var/lib/dpkg/status; do
        [ -e "$base/$f" ] || { echo "the saved root lacks /$f: making it again"; return 1; }
    done
    # Nothing half-installed, and never the package itself (runs install over the base).
    [ -z "$(chroot "$base" dpkg --audit 2>&1)" ] || return 1
    ! chroot "$base" dpkg-query -W c360-workbench >/dev/null 2>&1
}

make_base() {
    echo "Making a minimal Debian $suite root in $base (once; later runs reuse it)"
    rm -rf "$base" "$stamp"
    mkdir -p "$cache" "$archives/partial"
    local start=$SECONDS
    debootstrap --variant=minbase "$suite" "$base" "$mirror" >"$cache/debootstrap.log" 2>&1 || {
        tail -30 "$cache/debootstrap.log" >&2
        echo "debootstrap failed (the whole log: $cache/debootstrap.log)" >&2
        exit 1
    }
    echo "  debootstrap --variant=minbase: $(( SECONDS - start )) s"
    cat > "$base/etc/apt/sources.list" <<EOF
deb $mirror $suite main
deb $mirror $suite-updates main
deb $security $suite-security main
EOF
    # A mirror serving a dated snapshot has Release files past their Valid-Until: when the host's
    # apt is told not to check it, the root's is told the same.
    if apt-config dump | grep -q 'Acquire::Check-Valid-Until "false"'; then
        printf 'Acquire::Check-Valid-Until "false";\nAcquire::Check-Date "false";\n' \
            > "$base/etc/apt/apt.conf.d/99c360-check-valid-until"
    fi
    # Keep the downloaded packages (in the shared archive folder) for the next root.
    echo 'Binary::apt::APT::Keep-Downloaded-Packages "true";' \
        > "$base/etc/apt/apt.conf.d/99c360-keep-debs"
    start=$SECONDS
    enter "$base"
    in_root "$base" apt-get update -qq
    in_root "$base" apt-get install -y -qq --no-install-recommends "${tools[@]}" >/dev/null
    sed -i 's/^# *\(de_DE.UTF-8 UTF-8\)/\1/' "$base/etc/locale.gen"
    in_root "$base" locale-gen >/dev/null
    in_root "$base" useradd --create-home --shell /bin/bash tester
    leave
    echo "  the checks' tools in the root (${tools[*]}), de_DE.UTF-8, a user: $(( SECONDS - start )) s"
    echo "$recipe" > "$stamp"
}

total=$SECONDS
mkdir -p "$cache" "$archives/partial"
if base_intact; then
    echo "Reusing the Debian $suite root in $base"
else
    make_base
fi

# This run's root: an overlay over the base (or, where overlays cannot be mounted, a copy).
rm -rf "$run"
mkdir -p "$run/upper" "$run/work" "$run/root"
if ! mount -t overlay overlay -o "lowerdir=$base,upperdir=$run/upper,workdir=$run/work" \
        "$run/root" 2>/dev/null; then
    echo "(no overlay mount here: copying the root)"
    cp -a "$base/." "$run/root/"
else
    mounts+=("$run/root")
fi
root="$run/root"
enter "$root"

start=$SECONDS
in_root "$root" apt-get update -qq
cp "$deb" "$root/tmp/"
before=$(in_root "$root" dpkg-query -W -f='${Package}\n' | wc -l)
in_root "$root" apt-get install -y -qq --no-install-recommends "/tmp/$(basename "$deb")" \
    > "$run/apt.log" 2>&1 || { cat "$run/apt.log" >&2; echo "FAIL apt-get install" >&2; exit 1; }
after=$(in_root "$root" dpkg-query -W -f='${Package}\n' | wc -l)
echo "ok   apt-get install --no-install-recommends ./$(basename "$deb"):" \
     "$(( after - before - 1 )) dependencies pulled, $(( SECONDS - start )) s"
# Then what it recommends (Qt's own translations), as apt installs by default.
start=$SECONDS
recommends=$(dpkg-deb -f "$deb" Recommends | tr ',' ' ' | sed 's/([^)]*)//g')
if [ -n "$recommends" ]; then
    in_root "$root" apt-get install -y -qq --no-install-recommends $recommends \
        > "$run/apt.log" 2>&1 || { cat "$run/apt.log" >&2; echo "FAIL apt-get install $recommends" >&2; exit 1; }
    echo "ok   apt-get install$(printf ' %s' $recommends) (the Recommends): $(( SECONDS - start )) s"
fi

# The libraries each program links directly (read from the package's own binaries), resolved
# inside the root: each must come from a package the Depends name.
mkdir -p "$run/contents"
dpkg-deb -x "$deb" "$run/contents"
needed=$(for program in c360 c360-workbench; do
             readelf -d "$run/contents/usr/bin/$program" |
                 sed -n 's/.*Shared library: \[\(.*\)\]/\1/p'
         done)
cp "$here/in_root_checks.sh" "$here/read_workbench.py" "$root/tmp/"
qt_de=()
if [ -f "$root/usr/share/qt6/translations/qtbase_de.qm" ] && [ -x "$lconvert" ]; then
    qt_de=("$root/usr/share/qt6/translations/qtbase_de.qm" "$lconvert")
fi
/usr/bin/python3 "$here/expected_german.py" "$ts_file" "${qt_de[@]}" \
    > "$root/tmp/expected_german.json"
in_root "$root" bash /tmp/in_root_checks.sh "$(dpkg-deb -f "$deb" Version)" $needed
echo "install test: $(( SECONDS - total )) s in all"
