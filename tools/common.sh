# Shared by tools/run and tools/test: install what is missing, then configure and build.
# Sourced, not run.
set -euo pipefail

C360_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$C360_ROOT"

# Debian 12 packages the project needs to build, test and run (clang-14 and its runtime
# libraries bring libFuzzer and the sanitizers for tools/fuzz; Qt Charts needs the OpenGL
# headers; the AT-SPI end-to-end test reads the workbench through python3-gi and drives it
# with xdotool; screenshots are taken with xwd and converted by ImageMagick; the Debian package
# (tools/package, tools/check-package) needs dpkg-dev for its Depends, librsvg2-bin to render
# the icon, lintian, desktop-file-utils, appstream and shared-mime-info to check it, and
# debootstrap for the install test).
C360_PACKAGES=(
    build-essential cmake ninja-build ccache pkg-config
    libsqlite3-dev sqlite3 zlib1g-dev
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools qt6-translations-l10n libgl-dev libqt6opengl6-dev
    xvfb xauth
    dbus dbus-x11 at-spi2-core python3-gi gir1.2-atspi-2.0 xdotool x11-apps imagemagick
    clang-14 libclang-rt-14-dev
    dpkg-dev librsvg2-bin lintian desktop-file-utils appstream shared-mime-info debootstrap
)

c360_install_packages() {
    local missing=()
    for p in "${C360_PACKAGES[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$p")
        fi
    done
    if [ ${#missing[@]} -eq 0 ]; then
        return 0
    fi
    echo "Installing missing packages: ${missing[*]}"
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        if command -v sudo >/dev/null; then
            sudo="sudo"
        else
            echo "Packages are missing and this is not root and there is no sudo." >&2
            echo "Install them as root: apt-get install ${missing[*]}" >&2
            exit 1
        fi
    fi
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# c360_build PRESET [TARGET...]: configure once, then build incrementally: everything, or only
# the targets named (tools/run builds just the two programs, not the test suite).
c360_build() {
    local preset="$1"
    shift
    local targets=()
    if [ $# -gt 0 ]; then
        targets=(--target "$@")
    fi
    export CCACHE_DIR="${CCACHE_DIR:-$C360_ROOT/build/.ccache}"
    export CCACHE_NOHASHDIR=true
    # Paths relative to the checkout, so other clones and worktrees share the cache.
    export CCACHE_BASEDIR="$C360_ROOT"
    if [ ! -f "build/$preset/build.ninja" ]; then
        cmake --preset "$preset" >/dev/null
    fi
    cmake --build --preset "$preset" -j "$(nproc)" "${targets[@]}"
}
