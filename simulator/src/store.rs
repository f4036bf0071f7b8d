//! What the simulated account accumulates: workout templates, planned workouts, lab reports.

use std::collections::BTreeMap;

use serde_json::Value;

#[derive(Debug)]
pub(crate) struct Store {
    pub(crate) next_id: i64,
    pub(crate) workouts: BTreeMap<i64, Value>,
    pub(crate) planned: BTreeMap<i64, Planned>,
    pub(crate) lab_reports: Vec<LabReport>,
    pub(crate) new_users: usize,
}

impl Default for Store {
    fn default() -> Self {
        Store {
            // Terra's workout IDs are int64s; start where a real account might be.
            next_id: 2048,
            workouts: BTreeMap::new(),
            planned: BTreeMap::new(),
            lab_reports: Vec::new(),
            new_users: 0,
        }
    }
}

impl Store {
    pub(crate) fn next_id(&mut self) -> i64 {
        let id = self.next_id;
        self.next_id += 1;
        id
    }
}

/// A workout template scheduled on a user's device.
#[derive(Debug, Clone)]
pub(crate) struct Planned {
    pub(crate) workout_id: i64,
    pub(crate) user_id: String,
    pub(crate) provider: String,
    pub(crate) planned_date: String,
}

/// An uploaded document and the extraction session Terra made of it.
#[derive(Debug, Clone)]
pub(crate) struct LabReport {
    pub(crate) session: Value,
    pub(crate) file_name: String,
}
