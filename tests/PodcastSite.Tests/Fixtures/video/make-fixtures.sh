#!/usr/bin/env bash
# Makes the video probe's fixtures with ffmpeg (alternate enclosures), and records in durations.tsv each file's
# duration as ffprobe reads it from the container, with its size. Needs: apt-get install -y ffmpeg.
# Tracks of different lengths on purpose: the file plays as long as its longest track.
set -euo pipefail
cd "$(dirname "$0")"
ff() { ffmpeg -v error -y -fflags +bitexact "$@"; }
picture=(-f lavfi -i testsrc=size=64x36:rate=10:duration=3.2)
tone=(-f lavfi -i sine=frequency=440:duration=3.5)
h264=(-c:v libx264 -preset veryfast -crf 40 -pix_fmt yuv420p)

ff "${picture[@]}" "${tone[@]}" "${h264[@]}" -c:a aac -b:a 16k clip.mp4
ff "${picture[@]}" "${tone[@]}" "${h264[@]}" -c:a aac -b:a 16k -movflags +faststart clip-moov-first.mp4
ff "${picture[@]}" "${tone[@]}" "${h264[@]}" -c:a aac -b:a 16k clip.mov
ff -f lavfi -i testsrc=size=64x36:rate=10:duration=2.5 "${h264[@]}" video-only.mp4
# A short sound under a longer picture: the sound track alone would give the wrong length.
ff -f lavfi -i testsrc=size=64x36:rate=10:duration=3 -f lavfi -i sine=frequency=440:duration=1.5 "${h264[@]}" -c:a aac -b:a 16k short-sound.mp4
ff "${picture[@]}" "${tone[@]}" -c:v libvpx-vp9 -b:v 20k -c:a libopus -b:a 16k clip.webm
ff -f lavfi -i testsrc=size=64x36:rate=10:duration=2.5 -c:v libvpx -b:v 20k video-only.webm

: > durations.tsv
for f in *.mp4 *.mov *.webm; do
  printf '%s\t%s\t%s\n' "$f" "$(ffprobe -v error -show_entries format=duration -of csv=p=0 "$f")" "$(stat -c %s "$f")" >> durations.tsv
done
