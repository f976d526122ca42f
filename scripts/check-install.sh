#!/usr/bin/env bash
# Every documented way of getting kam, exercised the way a user would, against
# this checkout's committed HEAD served as a local git repository (git+file://):
#   1. npm install --global git+URL      4. the packed tarball (npm pack)
#   2. npx git+URL                       5. pre-commit, repo: URL, id: kam-check
#   3. kam init's files point at those paths and the schema lines resolve
# Needs node, npm, git; step 5 also needs pre-commit (.ci/run installs it).
# Usage: bash scripts/check-install.sh
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
export npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false
export npm_config_cache="$WORK/npm-cache"
step() { printf '\n== %s\n' "$*"; }
fail() { echo "FAIL: $*" >&2; exit 1; }

# A throwaway account-plan repository: one good account, and (later) one broken one.
PLANS="$WORK/plans"
mkdir -p "$PLANS/accounts"
cp examples/accounts/acme-industrial.yaml examples/accounts/nordlys-energy.yaml "$PLANS/accounts/"
cp examples/kam.config.yaml "$PLANS/"

step "the repository as users get it: committed HEAD, served as git+file://"
git init --quiet --bare "$WORK/kam.git"
git -C "$ROOT" push --quiet "$WORK/kam.git" HEAD:refs/heads/main
git -C "$WORK/kam.git" symbolic-ref HEAD refs/heads/main
URL="git+file://$WORK/kam.git"
REV=$(git -C "$ROOT" rev-parse HEAD)
git -C "$WORK/kam.git" cat-file -e HEAD:dist/kam.js 2>/dev/null || fail "dist/kam.js is not committed: a git-URL install would have no kam to run"

step "1. npm install --global $URL"
npm install --global --prefix "$WORK/global" "$URL" >/dev/null
"$WORK/global/bin/kam" --version
(cd "$PLANS" && "$WORK/global/bin/kam" check accounts/ >/dev/null) || [ $? -eq 1 ] || fail "the globally installed kam cannot check a portfolio"
(cd "$PLANS" && "$WORK/global/bin/kam" score accounts/ | grep -q 'ACME Industrial') || fail "the globally installed kam does not score"

step "2. npx $URL"
(cd "$PLANS" && npx --yes "$URL" score accounts/ --format json | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{const j=JSON.parse(s);if(j.accounts.length!==2)process.exit(1)})') || fail "npx from the git URL does not run kam"

step "3. the packed tarball"
TARBALL=$(npm pack --silent --pack-destination "$WORK" | tail -n 1)
tar -tzf "$WORK/$TARBALL" > "$WORK/tarball.txt"; grep -q 'package/dist/kam.js' "$WORK/tarball.txt" || fail "the tarball has no dist/kam.js"
tar -tzf "$WORK/$TARBALL" > "$WORK/tarball.txt"; grep -q 'package/LICENSE' "$WORK/tarball.txt" || fail "the tarball has no LICENSE"
npm install --global --prefix "$WORK/from-tarball" "$WORK/$TARBALL" >/dev/null
(cd "$PLANS" && "$WORK/from-tarball/bin/kam" validate accounts/) || fail "kam from the tarball does not validate"

step "4. kam init: the files it writes resolve"
INIT="$WORK/init"
"$WORK/global/bin/kam" init "$INIT" --ci both --ref "$REV" >/dev/null
for f in "$INIT/kam.config.yaml" "$INIT/accounts/example-customer.yaml"; do
  schema=$(sed -n '1s/^# yaml-language-server: \$schema=//p' "$f")
  [ -f "$(dirname "$f")/$schema" ] || fail "$f points at $schema, which does not exist"
done
grep -q "uses: kam-cli/kam@$REV" "$INIT/.github/workflows/account-plans.yml" || fail "the workflow does not use the action at the ref"
grep -q "git+https://github.com/kam-cli/kam.git#$REV" "$INIT/.gitlab-ci.yml" || fail "the GitLab job does not install from the repository"
(cd "$INIT" && "$WORK/global/bin/kam" check) || fail "kam check fails on the repository kam init wrote"

step "5. pre-commit: repo: $WORK/kam.git, rev: $REV, id: kam-check"
if command -v pre-commit >/dev/null; then
  cd "$PLANS"
  git init --quiet . && git config user.email ci@example.invalid && git config user.name CI
  cat > .pre-commit-config.yaml <<YAML
repos:
  - repo: file://$WORK/kam.git
    rev: $REV
    hooks:
      - id: kam-check
YAML
  export PRE_COMMIT_HOME="$WORK/pre-commit-home"
  pre-commit install >/dev/null
  git add . && git commit --quiet -m "good plans" || fail "pre-commit blocked a commit of valid plans"
  printf 'id: Broken Id\nname: Broken\nattractiveness: { size: 11 }\n' > accounts/broken.yaml
  git add accounts/broken.yaml
  if git commit --quiet -m "broken plan" >"$WORK/hook.log" 2>&1; then cat "$WORK/hook.log"; fail "pre-commit let a schema error through"; fi
  # stylish output: the file as a heading, then line:column per finding
  grep -q '^accounts/broken.yaml$' "$WORK/hook.log" && grep -Eq '^ +1:5 +error .*not a valid id' "$WORK/hook.log" \
    || { cat "$WORK/hook.log"; fail "the hook did not report the schema error at its line and column"; }
  cd "$ROOT"
else
  fail "pre-commit is not installed (apt-get install pre-commit)"
fi

printf "\ninstall paths: all five work\n"
