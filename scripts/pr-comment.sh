#!/usr/bin/env bash
# NEEDS NETWORK AND A TOKEN (GH_TOKEN). Posts (or updates) the synth diff as the pull request's comment.
#   npm run pr-comment -- <pr number> <markdown file>
set -euo pipefail
pr="${1:?usage: pr-comment.sh <pr number> <file>}"
file="${2:?usage: pr-comment.sh <pr number> <file>}"
gh pr comment "$pr" --body-file "$file" --edit-last 2>/dev/null || gh pr comment "$pr" --body-file "$file"
