package generator

import (
	"crypto/sha256"
	"encoding/hex"
)

// Hash returns the content hash guarantor records in manifests: "sha256:<hex>".
func Hash(b []byte) string {
	sum := sha256.Sum256(b)
	return "sha256:" + hex.EncodeToString(sum[:])
}
