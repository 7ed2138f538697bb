#!/usr/bin/env bash
# GPU check: on a machine with an NVIDIA GPU, runs the app's self-test, its benchmark (training
# at batch 64 and 512, evaluation, predict latency) and a 5-epoch training run, all with
# `--device gpu`, and prints the figures. Without an NVIDIA GPU it says so and exits 0.
#
# The jar ships the CPU libtorch; the GPU needs a CUDA libtorch 2.7.1 (see README, "Using the GPU"):
#   bench/gpu-check.sh --cuda-libtorch /path/to/torch/lib   # an existing PyTorch 2.7.1 CUDA install
#   bench/gpu-check.sh --download-cuda                      # DJL's cu128 build, downloaded once
# With no option it uses $CUDA_LIBTORCH, else the torch/lib of a PyTorch 2.7.1 that python3 can
# import, else --download-cuda. Needs target/mnist-explorer.jar (mvn -B -q package -DskipTests),
# or JAR=... for another one. EPOCHS (5) and BATCHES (64,512) change the training run and bench.
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=${JAR:-target/mnist-explorer.jar}
EPOCHS=${EPOCHS:-5}
BATCHES=${BATCHES:-64,512}

gpus() {
  if command -v nvidia-smi >/dev/null 2>&1 && nvidia-smi -L 2>/dev/null | grep -q '^GPU '; then
    nvidia-smi -L | grep '^GPU '
  elif [ -d /proc/driver/nvidia/gpus ] && [ -n "$(ls -A /proc/driver/nvidia/gpus 2>/dev/null)" ]; then
    grep -h '^Model:' /proc/driver/nvidia/gpus/*/information
  fi
}

found=$(gpus || true)
if [ -z "$found" ]; then
  echo "gpu-check: no NVIDIA GPU on this machine (nvidia-smi -L, /proc/driver/nvidia): nothing to check."
  exit 0
fi
echo "gpu-check: NVIDIA GPU(s):"
echo "$found" | sed 's/^/  /'
[ -f "$JAR" ] || { echo "gpu-check: $JAR is missing; build it: mvn -B -q package -DskipTests" >&2; exit 2; }

cuda=("$@")
if [ ${#cuda[@]} -eq 0 ]; then
  if [ -n "${CUDA_LIBTORCH:-}" ]; then
    cuda=(--cuda-libtorch "$CUDA_LIBTORCH")
  elif lib=$(python3 -c 'import os, torch; assert torch.__version__.startswith("2.7.1") and torch.version.cuda; print(os.path.join(os.path.dirname(torch.__file__), "lib"))' 2>/dev/null); then
    cuda=(--cuda-libtorch "$lib")
  else
    cuda=(--download-cuda)
  fi
fi
echo "gpu-check: CUDA libtorch from: ${cuda[*]}"

# One JSON field of one line: field NAME < line
field() { python3 -c 'import json, sys; v = json.loads(sys.stdin.readline()).get(sys.argv[1], ""); print(v if not isinstance(v, list) else ",".join(map(str, v)))' "$1"; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
run() { java -jar "$JAR" "$@" "${cuda[@]}"; }

info=$(run info --device gpu | tail -1)
device=$(field device <<<"$info")
echo "gpu-check: engine $(field engine_flavor <<<"$info"), device $device, started in $(field engine_start_s <<<"$info") s"
if [[ "$device" != GPU* ]]; then
  echo "gpu-check: the GPU is not in use: $(field device_reason <<<"$info") $(field cuda_problem <<<"$info")" >&2
  exit 1
fi

echo "== self-test --device gpu"
self=$(run self-test --device gpu | tail -1)
echo "$self"
echo "== bench --device gpu --batch $BATCHES"
run bench --device gpu --batch "$BATCHES" --only train,eval,predict | tee "$work/bench.jsonl"
echo "== train --device gpu --epochs $EPOCHS"
run train --device gpu --epochs "$EPOCHS" --out "$work/gpu-check.mnx" | tee "$work/train.jsonl"

echo
echo "gpu-check: figures ($(echo "$found" | head -1 | sed 's/ (UUID.*//'))"
echo "  self-test: $(field self_test <<<"$self"), engine start $(field engine_start_s <<<"$self") s, total $(field total_s <<<"$self") s"
while read -r line; do
  case "$line" in
    *'"bench"'*) echo "  bench $(field bench <<<"$line") batch $(field batch <<<"$line"): $(python3 -c 'import json,sys; d=json.loads(sys.stdin.readline()); print(", ".join(f"{k}={v}" for k,v in d.items() if k not in ("bench","batch","network","threads")))' <<<"$line")" ;;
  esac
done <"$work/bench.jsonl"
final=$(grep '"test_accuracy"' "$work/train.jsonl" | tail -1)
echo "  train $EPOCHS epochs: test accuracy $(field test_accuracy <<<"$final"), $(field samples_per_s <<<"$final") samples/s, $(field seconds <<<"$final") s on $(field device <<<"$final")"
