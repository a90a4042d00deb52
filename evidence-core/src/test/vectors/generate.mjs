// Regenerates ../resources/merkle-vectors.json with OpenZeppelin's StandardMerkleTree
// (@openzeppelin/merkle-tree), the independent implementation our Java tree must agree with.
// Usage: cd evidence-core/src/test/vectors && npm ci && node generate.mjs
import { StandardMerkleTree } from "@openzeppelin/merkle-tree";
import { keccak256 } from "ethereum-cryptography/keccak.js";
import { utf8ToBytes, bytesToHex } from "ethereum-cryptography/utils.js";
import { writeFileSync } from "node:fs";

// The leaf encoding of AnchorLeaf.ENCODING.
const encoding = ["bytes32", "bytes32", "bytes32", "uint16", "bytes32", "uint64", "bytes32"];
const word = (label) => "0x" + bytesToHex(keccak256(utf8ToBytes(label)));

function leaf(i) {
  return [
    "0x" + (i + 1).toString(16).padStart(64, "0"),
    word("sha256-" + i),
    i % 3 === 0 ? "0x" + "00".repeat(32) : word("sm3-" + i),
    String(1 + (i % 7)),
    word("case-" + (i % 4)),
    String(1767225600 + i * 3600),
    word("institution-" + (i % 2)),
  ];
}

const trees = [1, 2, 3, 4, 5, 8, 13].map((size) => {
  const values = Array.from({ length: size }, (_, i) => leaf(i * 7 + size));
  const tree = StandardMerkleTree.of(values, encoding);
  const leaves = values.map((v, i) => ({ values: v, hash: tree.leafHash(v), proof: tree.getProof(i) }));
  return { size, root: tree.root, leaves };
});

writeFileSync(new URL("../resources/merkle-vectors.json", import.meta.url),
  JSON.stringify({ generator: "@openzeppelin/merkle-tree 1.0.8", encoding, trees }, null, 2) + "\n");
console.log("wrote", trees.length, "trees");
