#!/usr/bin/env bash
# Makes the sample show's media from spoken text: short MP3/M4A episodes (espeak-ng + ffmpeg),
# the 1400x1400 cover (ImageMagick) and a guest photo (ffmpeg). Run it to regenerate input/assets after changing a line.
# Needs: apt-get install -y espeak-ng ffmpeg imagemagick
set -euo pipefail
cd "$(dirname "$0")/../input/assets"
speak() {  # speak NAME EXT "text"
  local wav; wav=$(mktemp --suffix=.wav)
  espeak-ng -s 165 -w "$wav" "$3"
  case "$2" in
    mp3) ffmpeg -v error -y -i "$wav" -ac 1 -ar 22050 -c:a libmp3lame -b:a 32k -map_metadata -1 -fflags +bitexact -flags:a +bitexact "audio/$1.mp3" ;;
    m4a) ffmpeg -v error -y -i "$wav" -ac 1 -ar 22050 -c:a aac -b:a 32k -map_metadata -1 -fflags +bitexact -flags:a +bitexact -movflags +faststart "audio/$1.m4a" ;;
  esac
  rm -f "$wav"
}
speak 000-trailer m4a "Welcome to The Build Log. Every week, we talk with the people who build the tools developers use every day. New episodes every Tuesday."
speak 001-typed-api-framework mp3 "Episode one. Farah Nasser on building a typed A P I framework for Django, and why speed came from deleting code."
speak 002-profiling-in-production mp3 "Episode two. Jonas Weiss explains how to profile Python in production without slowing it down."
speak 003-maintainers-roundtable mp3 "Episode three. A maintainers round table with Farah Nasser and Zoë Okafor, about burnout, funding and saying no."
speak 004-bonus-listener-questions mp3 "A bonus episode. We answer your questions about testing, typing, and the perfect keyboard."
speak 101-local-first-sync mp3 "Season two, episode one. Zoë Okafor on local first software, and sync engines that survive bad networks."
speak 102-draft-packaging mp3 "Season two, episode two. Packaging Python in twenty twenty six. This episode is still being edited."
convert -size 1400x1400 gradient:'#b4461f-#2b1a3d' \
  -font DejaVu-Sans-Bold -fill white -gravity center -pointsize 170 -annotate +0-120 'THE BUILD' \
  -pointsize 170 -annotate +0+90 'LOG' \
  -font DejaVu-Sans -pointsize 56 -annotate +0+330 'conversations with toolmakers' \
  -strip -quality 82 -define jpeg:dct-method=integer images/cover.jpg
# A guest's photo: a plain figure on a gradient, 800x800, so the sample shows a local photo resized for its pages.
ffmpeg -v error -y -f lavfi -i "color=c=0x2b6f77:s=800x800,format=rgb24" \
  -vf "geq=r='if(lt(hypot(X-400,Y-330),150),236,if(lt(hypot((X-400)/1.0,(Y-820)/1.25),330),40,43+Y/12))':g='if(lt(hypot(X-400,Y-330),150),188,if(lt(hypot((X-400)/1.0,(Y-820)/1.25),330),70,111+Y/20))':b='if(lt(hypot(X-400,Y-330),150),150,if(lt(hypot((X-400)/1.0,(Y-820)/1.25),330),90,119-Y/30))'" \
  -frames:v 1 -q:v 3 -map_metadata -1 -fflags +bitexact images/zoe-okafor.jpg
