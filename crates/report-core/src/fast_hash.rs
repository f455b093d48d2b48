//! One cheap, unkeyed hasher for the maps of a report's own keys: search's
//! n-grams and paragraph ids. The standard library's keyed SipHash guards
//! against keys chosen to collide, which these are not; it would dominate
//! index building, and it weighs about 1 KB gzip in the wasm bundle.

use std::hash::{BuildHasherDefault, Hasher};

/// Builds [`FastHasher`]s for a `HashMap` or `HashSet`.
pub type FastHash = BuildHasherDefault<FastHasher>;

/// A u64 key (an n-gram, already well spread) in one multiplication; other
/// keys a multiplication per byte (FNV-1a's step).
#[derive(Debug, Default)]
pub struct FastHasher(u64);

impl Hasher for FastHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &byte in bytes {
            self.0 = (self.0 ^ u64::from(byte)).wrapping_mul(0x100_0000_01b3);
        }
    }

    fn write_u64(&mut self, key: u64) {
        self.0 = (key ^ (key >> 29)).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    }
}
