//! A fixed-size bitset of document numbers: the posting list of one n-gram.

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

    pub fn intersect(&mut self, other: &DocSet) {
        for (a, b) in self.0.iter_mut().zip(&other.0) {
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

    pub fn heap_bytes(&self) -> usize {
        self.0.len() * 8
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
        a.intersect(&b);
        assert_eq!(a.iter().collect::<Vec<_>>(), [64]);
        a.clear();
        assert!(a.is_empty());
        assert_eq!(DocSet::full(3).iter().count(), 3);
    }
}
