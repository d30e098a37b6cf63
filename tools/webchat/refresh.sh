#!/usr/bin/env bash
# Refreshes the vendored Web Chat bundle (bot/wwwroot/chat/) from npm: the official UMD build of botframework-webchat,
# pinned here, with its licence and third-party notices. Usage: tools/webchat/refresh.sh [version] (default: the pin).
# Run it, check the chat page (and the browser tests: dotnet test bot.Tests --filter FullyQualifiedName~WebChat), commit.
set -euo pipefail
cd "$(dirname "$0")/../.."

version="${1:-4.18.1}"
target=bot/wwwroot/chat
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

(cd "$work" && npm pack --silent "botframework-webchat@$version" >/dev/null)
tar -xzf "$work/botframework-webchat-$version.tgz" -C "$work"
license=$(node -e "process.stdout.write(require('$work/package/package.json').license)")
[ "$license" = "MIT" ] || { echo "botframework-webchat $version is licensed '$license', not MIT: check it before vendoring" >&2; exit 1; }

cp "$work/package/dist/webchat.js" "$target/webchat.js"
cp "$work/package/dist/webchat.js.LICENSE.txt" "$target/webchat.js.LICENSE.txt"
cat > "$target/LICENSE" <<LICENSE
botframework-webchat $version (https://github.com/microsoft/BotFramework-WebChat), dist/webchat.js from npm.
The notices of the libraries bundled inside it are in webchat.js.LICENSE.txt.

MIT License

Copyright (c) Microsoft Corporation. All rights reserved.

Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all
copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
SOFTWARE.
LICENSE
echo "$version" > "$target/VERSION"
echo "Web Chat $version vendored into $target"
