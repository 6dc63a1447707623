# Shared set-up for scripts/run, scripts/test and scripts/screenshots.
# Creates .venv and installs the project into it (again only when
# pyproject.toml changed); installs missing Debian packages when run as root.

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
VENV="$ROOT/.venv"

# Qt's runtime libraries that a bare Debian lacks, plus fonts (without them
# every glyph is an empty box) and the xcb helpers Qt needs under X.
QT_RUNTIME_PACKAGES="libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0
  libfontconfig1 libdbus-1-3 libglib2.0-0 fonts-dejavu-core libxcb-icccm4
  libxcb-keysyms1 libxcb-cursor0 libxcb-image0 libxcb-render-util0
  libxcb-shape0 libxcb-randr0 libxcb-xinerama0"

say() { printf '%s\n' "$*" >&2; }

# need_debs PKG...: install the missing ones (as root) or say how to.
need_debs() {
  command -v dpkg-query >/dev/null 2>&1 || return 0
  local missing=() pkg
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "ok installed" \
      || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" -eq 0 ]; then
    say "Installing Debian packages: ${missing[*]}"
    if [ -z "${UMCONNECT_APT_UPDATED:-}" ]; then
      apt-get update -qq
      export UMCONNECT_APT_UPDATED=1
    fi
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
      "${missing[@]}" >/dev/null
  else
    say "Missing Debian packages: ${missing[*]}"
    say "Install them with: sudo apt-get install ${missing[*]}"
    return 1
  fi
}

# pip_install ARGS...: quiet pip into the venv; stop with pip's own message
# if it fails. (The filtered lines are about this machine's optional mirror.)
pip_install() {
  local log status
  log=$(PYTHONWARNINGS=ignore "$VENV/bin/python" -m pip install --quiet \
        --disable-pip-version-check "$@" 2>&1) && status=0 || status=$?
  printf '%s\n' "$log" | grep -v -e "^WARNING: Location" -e '^$' >&2 || true
  if [ "$status" -ne 0 ]; then
    say "pip could not install $*; see the messages above."
    exit 2
  fi
}

# ensure_venv EXTRAS: a venv with the project installed editable with EXTRAS.
ensure_venv() {
  local extras=$1 stamp
  if [ ! -x "$VENV/bin/python" ]; then
    python3 -c 'import ensurepip, venv' 2>/dev/null || need_debs python3-venv
    python3 -m venv "$VENV"
  fi
  stamp="$VENV/.umconnect-$extras-$(sha256sum "$ROOT/pyproject.toml" | cut -c1-16)"
  if [ ! -f "$stamp" ]; then
    say "Installing umconnect and its dependencies into $VENV …"
    pip_install --upgrade pip
    pip_install -e "$ROOT[$extras]"
    rm -f "$VENV"/.umconnect-"$extras"-*
    touch "$stamp"
  fi
  # An editable install leaves our own modules uncompiled, and where
  # PYTHONDONTWRITEBYTECODE is set Python would compile them at every start.
  "$VENV/bin/python" -m compileall -q "$ROOT/app" "$ROOT/ui" >/dev/null || true
}
