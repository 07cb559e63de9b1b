#!/usr/bin/env bash
# Makes the placeholder audio of the first episode that `podcastsite init` writes: a soft two-note
# chime, so a new show builds and plays before its first recording exists.
# Needs: apt-get install -y ffmpeg
set -euo pipefail
cd "$(dirname "$0")/../generator/Scaffold/Templates"
ffmpeg -v error -y \
  -f lavfi -i "sine=frequency=660:duration=0.5" \
  -f lavfi -i "sine=frequency=880:duration=1.5" \
  -f lavfi -i "anullsrc=r=22050:cl=mono:d=1" \
  -filter_complex "[0]afade=t=out:st=0.3:d=0.2,volume=0.3[a];[1]afade=t=out:st=0.4:d=1.1,volume=0.3[b];[a][b][2]concat=n=3:v=0:a=1[out]" \
  -map "[out]" -ac 1 -ar 22050 -c:a libmp3lame -b:a 32k -map_metadata -1 -fflags +bitexact -flags:a +bitexact welcome.mp3
