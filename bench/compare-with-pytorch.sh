#!/usr/bin/env bash
# Training speed of MNIST Explorer (DJL) and of a PyTorch loop over pre-made tensors, run
# alternately on the same machine: one epoch of the real MNIST, 784-256-10 sigmoid, SGD lr 0.1,
# batch 64 (or $BATCH), one thread (or $THREADS). Prints each run and the medians.
#
# Needs: target/mnist-explorer.jar (mvn -B -q package -DskipTests) and Debian's PyTorch with
# OpenBLAS (apt-get install -y python3-torch libopenblas0-openmp; see bench/pytorch/README.md).
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS=${ROUNDS:-5}
BATCH=${BATCH:-64}
THREADS=${THREADS:-1}
DATA=${DATA:-resources/datasets/mnist}
djl=() torch=()
for round in $(seq "$ROUNDS"); do
  d=$(java -jar target/mnist-explorer.jar bench --only train --repeat 3 --batch "$BATCH" --threads "$THREADS" \
      | grep '"train_sgd"' | sed 's/.*"samples_per_s":\([0-9]*\).*/\1/')
  t=$(/usr/bin/python3 bench/pytorch/mnist_reference.py tensors "$DATA" --threads "$THREADS" --batch-size "$BATCH" \
      | sed 's/.*"samples_per_s": *\([0-9.]*\).*/\1/' | cut -d. -f1)
  echo "round $round: djl $d samples/s, pytorch $t samples/s, load $(cut -d' ' -f1 /proc/loadavg)"
  djl+=("$d") torch+=("$t")
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
dm=$(median "${djl[@]}") tm=$(median "${torch[@]}")
echo "median: djl $dm samples/s, pytorch $tm samples/s, ratio $(awk "BEGIN {printf \"%.2f\", $dm/$tm}")"
