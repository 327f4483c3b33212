#!/usr/bin/env bash
# Mounts the engine VM's cluster data disk at the cluster folder (~/cluster), where aks-engine's _output
# (apimodel.json with every certificate and key) and the runner's state live. The disk outlives the VM: a
# replaced engine VM gets the same disk and finds its cluster. Run as root by the lifecycle runner before
# anything else; idempotent.
#
# The disk is formatted only when it holds nothing (blkid finds neither a file system nor a partition
# table); anything else that is not this product's ext4 file system is refused, never formatted.
# A cluster folder already on the OS disk (engines deployed before the data disk) is moved onto a freshly
# formatted disk once; the OS-disk copy is kept beside it as <mount point>.os-disk-<time>.
#
# Usage: mount-cluster-disk.sh --lun N --mount-point DIR --owner USER
# Environment: CLUSTER_DISK_DEVICE_DIR (default /dev/disk/azure/scsi1), FSTAB (default /etc/fstab),
#              CLUSTER_DISK_WAIT_SECONDS (how long the attached disk may take to appear, default 120).
# Exit status: 0 mounted, 2 usage, 3 disk missing or not safe to use.
set -euo pipefail

readonly EXIT_USAGE=2
readonly EXIT_DISK=3
readonly LABEL=cluster

lun=""
mount_point=""
owner=""
say() { printf 'cluster disk: %s\n' "$*"; }
fail() {
  local status="$1"
  shift
  printf 'cluster disk: ERROR: %s\n' "$*" >&2
  exit "$status"
}
usage() { fail "$EXIT_USAGE" "$* (usage: mount-cluster-disk.sh --lun N --mount-point DIR --owner USER)"; }

while [ $# -gt 0 ]; do
  [ $# -ge 2 ] || usage "option $1 needs a value"
  case "$1" in
    --lun) lun="$2" ;;
    --mount-point) mount_point="$2" ;;
    --owner) owner="$2" ;;
    *) usage "unknown option $1" ;;
  esac
  shift 2
done
[[ "$lun" =~ ^[0-9]+$ ]] || usage "--lun must be a number"
[[ "$mount_point" = /* ]] || usage "--mount-point must be an absolute path"
[ -n "$owner" ] || usage "--owner is required"

# The Azure Linux agent's udev rules name data disks by controller and LUN, whatever /dev/sdX they get:
# WALinuxAgent config/66-azure-storage.rules:14 (data disks on scsi1), :22 (lun<N>), :30 (disk/azure/<name>).
device_link="${CLUSTER_DISK_DEVICE_DIR:-/dev/disk/azure/scsi1}/lun$lun"
fstab="${FSTAB:-/etc/fstab}"
wait_seconds="${CLUSTER_DISK_WAIT_SECONDS:-120}"

# written before the one-time copy from the OS disk and removed after it: a copy cut short is never used
incomplete="$mount_point/.copy-from-os-disk-incomplete"

if mountpoint -q "$mount_point"; then
  [ ! -e "$incomplete" ] ||
    fail "$EXIT_DISK" "the copy of $mount_point from the OS disk onto the data disk did not finish: copy it again from $(cat "$incomplete") (cp -a <that folder>/. $mount_point/), then remove $incomplete and run the deploy again"
  say "$mount_point is already mounted"
  exit 0
fi

# an operation of the runner from before the data disk still works in the OS-disk folder: moving it now would
# pull its files away from under it
lock="$mount_point/.lifecycle-state/lock"
if [ -f "$lock" ] && ! flock -n "$lock" true; then
  fail "$EXIT_DISK" "an operation of the cluster runner is still running in $mount_point on the OS disk: nothing was changed; run the deploy again once it has finished (journalctl -fu 'cluster-lifecycle-*')"
fi

# The attachment can lag the VM by a little; never fall back to the OS disk.
deadline=$(($(date +%s) + wait_seconds))
until [ -e "$device_link" ]; do
  if [ "$(date +%s)" -ge "$deadline" ]; then
    fail "$EXIT_DISK" "no data disk at LUN $lun ($device_link is missing after ${wait_seconds}s): the cluster's files are not stored on the OS disk, so nothing was written (check the disk attachment in the engine resource group, then run the deploy again)"
  fi
  sleep 2
done
device="$(readlink -f "$device_link")"

# blkid -p probes the device itself (no cache): exit 2 means it found nothing on it.
probe_status=0
fs_type="$(blkid -p -o value -s TYPE "$device")" || probe_status=$?
formatted=no
case "$probe_status" in
  2)
    say "$device_link ($device) holds no file system: formatting it as ext4 (label $LABEL)"
    mkfs.ext4 -q -L "$LABEL" "$device"
    formatted=yes
    ;;
  0)
    [ "$fs_type" = ext4 ] ||
      fail "$EXIT_DISK" "$device_link ($device) holds ${fs_type:+a $fs_type file system}${fs_type:-a partition table or other data}, not the ext4 file system this product creates: not mounting or formatting it (check that LUN $lun is the cluster disk)"
    ;;
  *) fail "$EXIT_DISK" "blkid could not read $device_link ($device), status $probe_status" ;;
esac
uuid="$(blkid -p -o value -s UUID "$device")"

os_disk_copy=""
if [ -d "$mount_point" ] && [ -n "$(ls -A "$mount_point")" ]; then
  if [ "$formatted" = no ]; then
    fail "$EXIT_DISK" "$mount_point on the OS disk holds files and the data disk has a file system of its own: not mounting one over the other (compare both, move $mount_point away, then run the deploy again)"
  fi
  os_disk_copy="$mount_point.os-disk-$(date -u +%Y%m%dT%H%M%SZ)"
  mv "$mount_point" "$os_disk_copy"
fi

install -d -m 0700 "$mount_point"
# nofail: the VM still boots if the disk is ever detached; the runner then stops at the check above.
# The new fstab is written beside the old one (same file system), flushed, given the old one's mode and owner,
# then renamed over it: a crash leaves the old fstab or the new one, never a cut-short one the VM cannot boot with.
tmp="$(mktemp "$fstab.XXXXXX")"
trap 'rm -f "$tmp"' EXIT
grep -v -E "^[^#[:space:]]+[[:space:]]+${mount_point//./\\.}[[:space:]]" "$fstab" >"$tmp" || true
printf 'UUID=%s %s ext4 defaults,nofail 0 2\n' "$uuid" "$mount_point" >>"$tmp"
chmod --reference="$fstab" "$tmp"
chown --reference="$fstab" "$tmp"
sync "$tmp"
mv -f "$tmp" "$fstab"
trap - EXIT
mount "$device" "$mount_point"

if [ -n "$os_disk_copy" ]; then
  echo "$os_disk_copy" >"$incomplete"
  cp -a "$os_disk_copy/." "$mount_point/"
  rm -f "$incomplete"
  say "moved the cluster folder from the OS disk onto the data disk; the OS-disk copy stays in $os_disk_copy (delete it once the next deploy has succeeded)"
fi
chown "$owner:" "$mount_point"
chmod 0700 "$mount_point"
say "$device_link mounted at $mount_point (UUID $uuid)"
