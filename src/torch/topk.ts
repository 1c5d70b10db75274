// torch's CPU topk (TopKImpl.h, largest, sorted) as Debian's libtorch runs it: the (value, index)
// pairs go through libstdc++ 12's std::partial_sort when k * 64 <= n, else std::nth_element at
// k - 1 followed by std::sort of the first k - 1. Equal values come out in whatever order those
// algorithms leave them (multinomial without replacement past the non-zero categories depends on
// it), so each is ported step for step: introselect, introsort with median-of-three pivots and
// the final insertion sort (threshold 16), and the binary heap of heap_select / sort_heap.
// The pairs live in two parallel arrays; "before" is torch's comparator: NaN first, then larger.

let V: Float64Array = new Float64Array(0); // values
let I: Float64Array = new Float64Array(0); // their indices

function before(a: number, b: number): boolean {
  return (a !== a && b === b) || a > b;
}

const comp = (i: number, j: number): boolean => before(V[i]!, V[j]!);

function swap(i: number, j: number): void {
  const v = V[i]!, x = I[i]!;
  V[i] = V[j]!; I[i] = I[j]!;
  V[j] = v; I[j] = x;
}

function move(to: number, from: number): void {
  V[to] = V[from]!; I[to] = I[from]!;
}

/** __push_heap: sift the value (v, x) up from hole towards top. */
function pushHeap(first: number, hole: number, top: number, v: number, x: number): void {
  let parent = Math.trunc((hole - 1) / 2);
  while (hole > top && before(V[first + parent]!, v)) {
    move(first + hole, first + parent);
    hole = parent;
    parent = Math.trunc((hole - 1) / 2);
  }
  V[first + hole] = v; I[first + hole] = x;
}

/** __adjust_heap: sift the hole down to a leaf, then push the value back up. */
function adjustHeap(first: number, hole: number, len: number, v: number, x: number): void {
  const top = hole;
  let second = hole;
  while (second < Math.trunc((len - 1) / 2)) {
    second = 2 * (second + 1);
    if (comp(first + second, first + second - 1)) second--;
    move(first + hole, first + second);
    hole = second;
  }
  if ((len & 1) === 0 && second === Math.trunc((len - 2) / 2)) {
    second = 2 * (second + 1);
    move(first + hole, first + second - 1);
    hole = second - 1;
  }
  pushHeap(first, hole, top, v, x);
}

function makeHeap(first: number, last: number): void {
  const len = last - first;
  if (len < 2) return;
  for (let parent = Math.trunc((len - 2) / 2); ; parent--) {
    adjustHeap(first, parent, len, V[first + parent]!, I[first + parent]!);
    if (parent === 0) return;
  }
}

/** __pop_heap(first, last, result): the top moves to result, result's value re-enters the heap. */
function popHeap(first: number, last: number, result: number): void {
  const v = V[result]!, x = I[result]!;
  move(result, first);
  adjustHeap(first, 0, last - first, v, x);
}

function heapSelect(first: number, middle: number, last: number): void {
  makeHeap(first, middle);
  for (let i = middle; i < last; i++) if (comp(i, first)) popHeap(first, middle, i);
}

function sortHeap(first: number, last: number): void {
  while (last - first > 1) {
    last--;
    popHeap(first, last, last);
  }
}

function moveMedianToFirst(result: number, a: number, b: number, c: number): void {
  if (comp(a, b)) {
    if (comp(b, c)) swap(result, b);
    else if (comp(a, c)) swap(result, c);
    else swap(result, a);
  } else if (comp(a, c)) swap(result, a);
  else if (comp(b, c)) swap(result, c);
  else swap(result, b);
}

function unguardedPartition(first: number, last: number, pivot: number): number {
  for (;;) {
    while (comp(first, pivot)) first++;
    last--;
    while (comp(pivot, last)) last--;
    if (!(first < last)) return first;
    swap(first, last);
    first++;
  }
}

function partitionPivot(first: number, last: number): number {
  const mid = first + Math.trunc((last - first) / 2);
  moveMedianToFirst(first, first + 1, mid, last - 1);
  return unguardedPartition(first + 1, last, first);
}

function unguardedLinearInsert(last: number): void {
  const v = V[last]!, x = I[last]!;
  let next = last - 1;
  while (before(v, V[next]!)) {
    move(last, next);
    last = next;
    next--;
  }
  V[last] = v; I[last] = x;
}

function insertionSort(first: number, last: number): void {
  if (first === last) return;
  for (let i = first + 1; i !== last; i++) {
    if (comp(i, first)) {
      const v = V[i]!, x = I[i]!;
      V.copyWithin(first + 1, first, i);
      I.copyWithin(first + 1, first, i);
      V[first] = v; I[first] = x;
    } else unguardedLinearInsert(i);
  }
}

const THRESHOLD = 16;
const lg = (n: number): number => 31 - Math.clz32(n);

function introsortLoop(first: number, last: number, depth: number): void {
  while (last - first > THRESHOLD) {
    if (depth === 0) {
      heapSelect(first, last, last);
      sortHeap(first, last);
      return;
    }
    depth--;
    const cut = partitionPivot(first, last);
    introsortLoop(cut, last, depth);
    last = cut;
  }
}

function sort(first: number, last: number): void {
  if (first === last) return;
  introsortLoop(first, last, lg(last - first) * 2);
  if (last - first > THRESHOLD) {
    insertionSort(first, first + THRESHOLD);
    for (let i = first + THRESHOLD; i !== last; i++) unguardedLinearInsert(i);
  } else insertionSort(first, last);
}

function nthElement(first: number, nth: number, last: number): void {
  if (first === last || nth === last) return;
  let depth = lg(last - first) * 2;
  while (last - first > 3) {
    if (depth === 0) {
      heapSelect(first, nth + 1, last);
      swap(first, nth);
      return;
    }
    depth--;
    const cut = partitionPivot(first, last);
    if (cut <= nth) first = cut;
    else last = cut;
  }
  insertionSort(first, last);
}

/**
 * The indices of torch.topk(values, k) (largest, sorted) on one row, in torch's order, into
 * out[outOffset, outOffset + k). `values` is not modified.
 */
export function topkIndices(values: ArrayLike<number>, offset: number, n: number, k: number, out: Float64Array, outOffset: number): void {
  if (k === 0) return;
  if (V.length < n) { V = new Float64Array(n); I = new Float64Array(n); }
  for (let j = 0; j < n; j++) { V[j] = values[offset + j]!; I[j] = j; }
  if (k * 64 <= n) {
    heapSelect(0, k, n);
    sortHeap(0, k);
  } else {
    nthElement(0, k - 1, n);
    sort(0, k - 1);
  }
  for (let j = 0; j < k; j++) out[outOffset + j] = I[j]!;
}
