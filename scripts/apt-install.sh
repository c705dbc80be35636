#!/usr/bin/env bash
# Installs the Debian packages a test needs (Chromium, nginx), as root or
# through sudo: these machines reach Debian's archive, but no tool's own
# browser or server download.
set -euo pipefail

if [ "$(id -u)" -eq 0 ]; then sudo=""; elif command -v sudo >/dev/null; then sudo="sudo"; else
  echo "Cannot install $*: not root and no sudo. Install them (apt-get install $*)." >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
# RUNLEVEL=1 stops a server package (nginx) from starting a system service: the tests start their own.
$sudo env RUNLEVEL=1 apt-get install -y -qq "$@" >/dev/null
