#!/usr/bin/env bats
# The cluster data disk: mount-cluster-disk.sh against disk images made and probed by the real mkfs.ext4 and
# blkid; only mount and mountpoint are stand-ins (mounting needs a real block device and root).

SCRIPT="$BATS_TEST_DIRNAME/../../constructs/hub/mount-cluster-disk.sh"

setup() {
  BIN="$BATS_TEST_TMPDIR/bin"
  mkdir -p "$BIN" "$BATS_TEST_TMPDIR/dev" "$BATS_TEST_TMPDIR/home"
  export MOUNTS="$BATS_TEST_TMPDIR/mounts" MKFS_LOG="$BATS_TEST_TMPDIR/mkfs.log"
  : >"$MOUNTS"
  : >"$MKFS_LOG"
  # shellcheck disable=SC2016 # expanded when the stand-ins run
  printf '#!/bin/sh\necho "$1 $2" >>"$MOUNTS"\n' >"$BIN/mount"
  # shellcheck disable=SC2016
  printf '#!/bin/sh\n[ "$1" = -q ] && cut -d" " -f2 "$MOUNTS" | grep -qxF "$2"\n' >"$BIN/mountpoint"
  # the real mkfs.ext4, with a record of each call
  # shellcheck disable=SC2016
  printf '#!/bin/sh\necho "$*" >>"$MKFS_LOG"\nexec %s "$@"\n' "$(command -v mkfs.ext4)" >"$BIN/mkfs.ext4"
  chmod +x "$BIN"/*
  export PATH="$BIN:$PATH"
  export CLUSTER_DISK_DEVICE_DIR="$BATS_TEST_TMPDIR/dev" FSTAB="$BATS_TEST_TMPDIR/fstab" CLUSTER_DISK_WAIT_SECONDS=1
  printf 'UUID=1111 / ext4 defaults 0 1\n' >"$FSTAB"
  MP="$BATS_TEST_TMPDIR/home/cluster"
  DISK="$BATS_TEST_TMPDIR/disk.img"
}

# attach: the udev symlink for LUN 0 points at the disk image
attach() {
  truncate -s 16M "$DISK"
  ln -s "$DISK" "$CLUSTER_DISK_DEVICE_DIR/lun0"
}

mount_disk() { run "$SCRIPT" --lun 0 --mount-point "$MP" --owner "$(id -un)"; }

@test "empty disk: formatted once as ext4 and mounted at the cluster folder, with an fstab entry by UUID" {
  attach
  chmod 0644 "$FSTAB"
  inode="$(stat -c %i "$FSTAB")"
  mount_disk
  [ "$status" -eq 0 ]
  [ "$(wc -l <"$MKFS_LOG")" -eq 1 ]
  [ "$(blkid -p -o value -s TYPE "$DISK")" = ext4 ]
  [ "$(blkid -p -o value -s LABEL "$DISK")" = cluster ]
  [ "$(cat "$MOUNTS")" = "$DISK $MP" ]
  grep -qxF "UUID=$(blkid -p -o value -s UUID "$DISK") $MP ext4 defaults,nofail 0 2" "$FSTAB"
  grep -qxF 'UUID=1111 / ext4 defaults 0 1' "$FSTAB"
  [ "$(stat -c %a "$MP")" = 700 ]
  # a new file renamed over the old one (not rewritten in place), with the old one's mode, no temporary file left
  [ "$(stat -c %i "$FSTAB")" != "$inode" ]
  [ "$(stat -c %a "$FSTAB")" = 644 ]
  [ "$(ls "$BATS_TEST_TMPDIR" | grep -c '^fstab')" -eq 1 ]
}

@test "disk with a file system and data (a replaced VM): mounted, nothing formatted, data intact" {
  attach
  mkfs.ext4 -q -L cluster "$DISK"
  echo '{"apiVersion":"vlabs"}' >"$BATS_TEST_TMPDIR/apimodel.json"
  debugfs -w -R "write $BATS_TEST_TMPDIR/apimodel.json apimodel.json" "$DISK" >/dev/null 2>&1
  : >"$MKFS_LOG"
  uuid="$(blkid -p -o value -s UUID "$DISK")"
  mount_disk
  [ "$status" -eq 0 ]
  [ ! -s "$MKFS_LOG" ]
  [ "$(blkid -p -o value -s UUID "$DISK")" = "$uuid" ]
  [ "$(debugfs -R "cat apimodel.json" "$DISK" 2>/dev/null)" = '{"apiVersion":"vlabs"}' ]
  [ "$(cat "$MOUNTS")" = "$DISK $MP" ]
  [ "$(grep -c " $MP " "$FSTAB")" -eq 1 ]
}

@test "a second run finds it mounted and changes nothing" {
  attach
  mount_disk
  cp "$FSTAB" "$BATS_TEST_TMPDIR/fstab.first"
  mount_disk
  [ "$status" -eq 0 ]
  [[ "$output" == *"already mounted"* ]]
  [ "$(wc -l <"$MKFS_LOG")" -eq 1 ]
  [ "$(wc -l <"$MOUNTS")" -eq 1 ]
  cmp "$FSTAB" "$BATS_TEST_TMPDIR/fstab.first"
}

@test "no disk at the LUN: clear error, nothing written to the OS disk" {
  cp "$FSTAB" "$BATS_TEST_TMPDIR/fstab.before"
  mount_disk
  [ "$status" -eq 3 ]
  [[ "$output" == *"no data disk at LUN 0 ($CLUSTER_DISK_DEVICE_DIR/lun0 is missing after 1s)"*"nothing was written"* ]]
  [ ! -e "$MP" ]
  [ ! -s "$MOUNTS" ]
  [ ! -s "$MKFS_LOG" ]
  cmp "$FSTAB" "$BATS_TEST_TMPDIR/fstab.before"
}

@test "a disk holding something else (a partition table, another file system) is never formatted" {
  attach
  printf 'label: dos\n' | sfdisk --quiet "$DISK"
  : >"$MKFS_LOG"
  mount_disk
  [ "$status" -eq 3 ]
  [[ "$output" == *"not mounting or formatting it"* ]]
  [ ! -s "$MKFS_LOG" ]
  [ ! -s "$MOUNTS" ]
}

@test "one-time migration: a cluster folder on the OS disk moves onto the fresh disk, the old copy is kept" {
  attach
  mkdir -p "$MP/_output"
  echo '{"apiVersion":"vlabs"}' >"$MP/_output/apimodel.json"
  mount_disk
  [ "$status" -eq 0 ]
  [ "$(wc -l <"$MKFS_LOG")" -eq 1 ]
  [ "$(cat "$MP/_output/apimodel.json")" = '{"apiVersion":"vlabs"}' ]
  copy="$(echo "$MP".os-disk-*)"
  [ -f "$copy/_output/apimodel.json" ]
  [[ "$output" == *"the OS-disk copy stays in $copy"* ]]
  [ ! -e "$MP/.copy-from-os-disk-incomplete" ]
}

@test "files on the OS disk and a disk with its own file system: refused, neither touched" {
  attach
  mkfs.ext4 -q -L cluster "$DISK"
  mkdir -p "$MP"
  echo keep >"$MP/file"
  mount_disk
  [ "$status" -eq 3 ]
  [[ "$output" == *"not mounting one over the other"* ]]
  [ "$(cat "$MP/file")" = keep ]
  [ ! -s "$MOUNTS" ]
}

@test "a copy from the OS disk cut short is never used: the next run stops and says how to finish it" {
  attach
  mkdir -p "$MP/_output"
  echo '{"apiVersion":"vlabs"}' >"$MP/_output/apimodel.json"
  mount_disk
  # as if cp had died half way: the marker stays on the (stand-in) mount
  copy="$(echo "$MP".os-disk-*)"
  echo "$copy" >"$MP/.copy-from-os-disk-incomplete"
  mount_disk
  [ "$status" -eq 3 ]
  [[ "$output" == *"the copy of $MP from the OS disk onto the data disk did not finish: copy it again from $copy"* ]]
}

@test "an operation still running in the OS-disk folder: nothing is formatted, moved or mounted" {
  attach
  mkdir -p "$MP/.lifecycle-state"
  : >"$MP/.lifecycle-state/lock"
  flock "$MP/.lifecycle-state/lock" sleep 3 &
  holder=$!
  # until the holder has the lock (rather than a fixed wait)
  for _ in $(seq 100); do flock -n "$MP/.lifecycle-state/lock" true || break; sleep 0.05; done
  mount_disk
  kill "$holder" 2>/dev/null || true
  [ "$status" -eq 3 ]
  [[ "$output" == *"an operation of the cluster runner is still running in $MP on the OS disk: nothing was changed"* ]]
  [ ! -s "$MKFS_LOG" ]
  [ ! -s "$MOUNTS" ]
  [ -d "$MP/.lifecycle-state" ]
}
