#!/usr/bin/env bash
# Makes the audio probe's fixtures with ffmpeg, and records in durations.tsv each file's true
# duration, measured by decoding every frame (`ffmpeg -i F -f null -`), not ffprobe's header estimate.
# Needs: apt-get install -y ffmpeg espeak-ng imagemagick. Each file stays well under 100 KB.
set -euo pipefail
cd "$(dirname "$0")"
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
ff() { ffmpeg -v error -y -fflags +bitexact "$@"; }

# Speech of varying loudness makes a VBR encoder choose different bitrates frame by frame.
espeak-ng -s 150 -w "$work/speech.wav" "A test fixture for the audio probe. Loud, then quiet, so the bitrate varies. The quick brown fox rests."
ff -i "$work/speech.wav" -ar 44100 -ac 2 "$work/speech44.wav"

ff -i "$work/speech44.wav" -c:a libmp3lame -b:a 32k -ac 1 cbr.mp3
ff -i "$work/speech44.wav" -c:a libmp3lame -q:a 9 -ac 1 vbr-xing.mp3
ff -i "$work/speech44.wav" -c:a libmp3lame -q:a 9 -ac 1 -write_xing 0 vbr-no-xing.mp3
ff -i "$work/speech44.wav" -c:a libmp3lame -b:a 24k -ac 1 -ar 22050 mpeg2-mono-22khz.mp3
ff -i "$work/speech44.wav" -c:a libmp3lame -b:a 16k -ac 1 -ar 8000 mpeg25-8khz.mp3
ff -i "$work/speech44.wav" -c:a libmp3lame -b:a 32k -ac 1 -id3v2_version 3 -write_id3v1 1 -metadata title="ID3v2.3 and v1" id3v23-id3v1.mp3

# A large embedded cover picture before the audio (APIC), as podcasters' DAWs write.
convert -size 220x220 xc:gray -seed 7 +noise Random -quality 80 "$work/cover.jpg"
ff -i "$work/speech44.wav" -i "$work/cover.jpg" -map 0:a -map 1 -c:a libmp3lame -b:a 16k -ac 1 -ar 22050 -c:v copy -id3v2_version 3 \
   -metadata:s:v title="Album cover" -metadata:s:v comment="Cover (front)" with-cover.mp3

# ID3 chapters (CHAP + CTOC), from an ffmetadata file; one chapter carries a URL in the episode's front matter instead.
cat > "$work/chapters.txt" <<'META'
;FFMETADATA1
title=Chapters fixture
[CHAPTER]
TIMEBASE=1/1000
START=0
END=2000
title=Intro
[CHAPTER]
TIMEBASE=1/1000
START=2000
END=4000
title=The fox
[CHAPTER]
TIMEBASE=1/1000
START=4000
END=6000
title=Résumé and rest
META
ff -i "$work/speech44.wav" -i "$work/chapters.txt" -map_metadata 1 -map_chapters 1 -c:a libmp3lame -b:a 24k -ac 1 -id3v2_version 4 with-chapters.mp3

ff -i "$work/speech44.wav" -c:a aac -b:a 32k -ac 1 moov-last.m4a
ff -i "$work/speech44.wav" -c:a aac -b:a 32k -ac 1 -movflags +faststart moov-first.m4a
ff -i "$work/speech44.wav" -c:a libopus -b:a 16k -ac 1 speech.opus
ff -i "$work/speech44.wav" -c:a libvorbis -q:a 0 -ac 1 speech.ogg
ff -i "$work/speech.wav" -ar 8000 -ac 1 -c:a pcm_u8 speech.wav
ff -i "$work/speech.wav" -ar 4000 -ac 1 -c:a pcm_s24le speech-extensible.wav
ff -i "$work/speech.wav" -ar 8000 -ac 1 -c:a flac speech.flac

: > durations.tsv
for f in *.mp3 *.m4a *.opus *.ogg *.wav *.flac; do
  t=$(ffmpeg -nostats -i "$f" -f null - 2>&1 | grep -o 'time=[0-9:.]*' | tail -1 | cut -d= -f2)
  printf '%s\t%s\t%s\n' "$f" "$t" "$(stat -c %s "$f")" >> durations.tsv
done
cat durations.tsv
