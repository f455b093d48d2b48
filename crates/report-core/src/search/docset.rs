//! Posting lists as bitsets of document numbers: [`DocSet`] for a query's
//! candidates, [`Postings`] for all n-grams of the index in one flat buffer
//! (one allocation, not one per n-gram).

use std::collections::HashMap;

use crate::fast_hash::FastHash;

/// n-gram → bitset of the documents containing it.
#[derive(Debug, Default)]
pub struct Postings {
    words_per_set: usize,
    slots: HashMap<u64, usize, FastHash>,
    bits: Vec<u64>,
}

impl Postings {
    pub fn new(docs: usize) -> Self {
        Postings {
            words_per_set: docs.div_ceil(64),
            ..Postings::default()
        }
    }

    pub fn insert(&mut self, key: u64, doc: usize) {
        let words = self.words_per_set;
        let next = self.bits.len();
        let start = *self.slots.entry(key).or_insert(next);
        if start == next {
            self.bits.resize(next + words, 0);
        }
        self.bits[start + doc / 64] |= 1 << (doc % 64);
    }

    pub fn get(&self, key: u64) -> Option<&[u64]> {
        let start = *self.slots.get(&key)?;
        Some(&self.bits[start..start + self.words_per_set])
    }

    /// Releases the spare capacity left by building.
    pub fn shrink(&mut self) {
        self.bits.shrink_to_fit();
        self.slots.shrink_to_fit();
    }

    pub fn heap_bytes(&self) -> usize {
        self.bits.capacity() * 8 + self.slots.capacity() * 16
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocSet(Vec<u64>);

impl DocSet {
    pub fn empty(docs: usize) -> Self {
        DocSet(vec![0; docs.div_ceil(64)])
    }

    pub fn full(docs: usize) -> Self {
        let mut set = Self::empty(docs);
        for doc in 0..docs {
            set.insert(doc);
        }
        set
    }

    pub fn insert(&mut self, doc: usize) {
        self.0[doc / 64] |= 1 << (doc % 64);
    }

    pub fn intersect(&mut self, other: &[u64]) {
        for (a, b) in self.0.iter_mut().zip(other) {
            *a &= b;
        }
    }

    pub fn clear(&mut self) {
        self.0.iter_mut().for_each(|word| *word = 0);
    }

    pub fn is_empty(&self) -> bool {
        self.0.iter().all(|&word| word == 0)
    }

    pub fn iter(&self) -> impl Iterator<Item = usize> + '_ {
        self.0.iter().enumerate().flat_map(|(i, &word)| {
            (0..64)
                .filter(move |bit| word & (1 << bit) != 0)
                .map(move |bit| i * 64 + bit)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inserts_intersects_and_iterates() {
        let mut a = DocSet::empty(130);
        for doc in [0, 63, 64, 129] {
            a.insert(doc);
        }
        assert_eq!(a.iter().collect::<Vec<_>>(), [0, 63, 64, 129]);
        let mut b = DocSet::empty(130);
        b.insert(64);
        b.insert(5);
        a.intersect(&b.0);
        assert_eq!(a.iter().collect::<Vec<_>>(), [64]);
        a.clear();
        assert!(a.is_empty());
        assert_eq!(DocSet::full(3).iter().count(), 3);
    }

    #[test]
    fn postings_share_one_buffer() {
        let mut postings = Postings::new(70);
        postings.insert(7, 0);
        postings.insert(7, 69);
        postings.insert(9, 3);
        assert_eq!(postings.get(7), Some(&[1, 1 << 5][..]));
        assert_eq!(postings.get(9), Some(&[1 << 3, 0][..]));
        assert_eq!(postings.get(8), None);
    }
}
