//! `synced_kinds!`: from the one list in `kinds.rs`, everything the protocol
//! needs per kind of record. Without it a new kind was a hand edit in six
//! places, and a kind missed in one was dropped without a word.
//!
//! For every kind it makes:
//! - its `Entity` (the change log's and the wire's name) and `Record` variant;
//! - its map in the device's `Snapshot`, and how a pull's change or removal
//!   of it lands there;
//! - where the stored copy keeps it: big kinds in `Part`s, saved a chunk at a
//!   time (see `pieces`), small ones whole in the head;
//! - on the server, how a pull reads its records (`read_kind`).

macro_rules! synced_kinds {
    (
        chunked {
            $( $ck:ident ( $cty:ty ) = $cname:literal, in $cfield:ident as $cpart:ident, read by $cread:path; )+
        }
        head {
            $( $hk:ident ( $hty:ty ) = $hname:literal, in $hfield:ident, read by $hread:path; )+
        }
    ) => {
        /// A kind of record that devices keep. The names are the change log's
        /// `entity` column and the wire's, so stored data never moves.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        pub enum Entity {
            $( #[serde(rename = $cname)] $ck, )+
            $( #[serde(rename = $hname)] $hk, )+
        }

        impl Entity {
            pub const ALL: &'static [Entity] = &[$(Entity::$ck,)+ $(Entity::$hk,)+];

            /// Its name in the change log.
            pub fn as_str(self) -> &'static str {
                match self {
                    $( Entity::$ck => $cname, )+
                    $( Entity::$hk => $hname, )+
                }
            }
        }

        /// One record's current state, as a pull sends it.
        #[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
        #[serde(tag = "kind", content = "value")]
        pub enum Record {
            $( #[serde(rename = $cname)] $ck($cty), )+
            $( #[serde(rename = $hname)] $hk($hty), )+
        }

        impl Record {
            pub fn entity(&self) -> Entity {
                match self {
                    $( Record::$ck(_) => Entity::$ck, )+
                    $( Record::$hk(_) => Entity::$hk, )+
                }
            }

            pub fn id(&self) -> Uuid {
                match self {
                    $( Record::$ck(r) => r.id, )+
                    $( Record::$hk(r) => r.id, )+
                }
            }
        }

        /// Records by id, as the server sent them (or as local edits left them).
        #[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
        pub struct Snapshot {
            /// Everything up to this version is in here.
            pub cursor: i64,
            // A kind added after a copy was stored is empty in it until pulled.
            $( #[serde(default)] pub $cfield: HashMap<Uuid, $cty>, )+
            $( #[serde(default)] pub $hfield: HashMap<Uuid, $hty>, )+
            pub team: Vec<TeamMember>,
            /// Companies kept whole on a manager's device, the latest opened
            /// last (see `scope`).
            #[serde(default)]
            pub kept: Vec<Uuid>,
            /// What a manager's device keeps of the team's, as the last pull said.
            #[serde(default)]
            pub scope: Option<super::scope::TeamBounds>,
        }

        impl Snapshot {
            /// Takes one change of a pull: the record's state now, or its removal.
            pub fn apply_change(&mut self, change: Change) {
                match change {
                    $( Change::Put(Record::$ck(r)) => drop(self.$cfield.insert(r.id, r)), )+
                    $( Change::Put(Record::$hk(r)) => drop(self.$hfield.insert(r.id, r)), )+
                    Change::Del { entity, id } => self.remove(entity, id),
                }
            }

            /// Drops what a manager's device no longer keeps (see `scope`);
            /// returns whether anything went.
            pub fn retain_in(&mut self, scope: &super::scope::TeamScope) -> bool {
                use super::scope::OnTeamDevice;
                let before = 0 $( + self.$cfield.len() )+;
                $( self.$cfield.retain(|_, r| r.kept_by(scope)); )+
                before != 0 $( + self.$cfield.len() )+
            }

            fn remove(&mut self, entity: Entity, id: Uuid) {
                match entity {
                    $( Entity::$ck => drop(self.$cfield.remove(&id)), )+
                    $( Entity::$hk => drop(self.$hfield.remove(&id)), )+
                }
            }

            /// The start of the stored JSON: everything but the parts, without
            /// the closing brace (see `pieces::stored_layout`).
            pub fn head_json(&self) -> serde_json::Result<String> {
                #[derive(Serialize)]
                struct Head<'a> {
                    /// First, so a reader learns it before anything else (see `stored`).
                    format: u32,
                    cursor: i64,
                    $( $hfield: &'a HashMap<Uuid, $hty>, )+
                    team: &'a [TeamMember],
                    kept: &'a [Uuid],
                    scope: Option<super::scope::TeamBounds>,
                }
                let mut json = serde_json::to_string(&Head {
                    format: super::stored::COPY_FORMAT,
                    cursor: self.cursor,
                    $( $hfield: &self.$hfield, )+
                    team: &self.team,
                    kept: &self.kept,
                    scope: self.scope,
                })?;
                json.pop();
                Ok(json)
            }

            /// The ids of a part's records, in the order a save serializes them.
            pub fn part_ids(&self, part: Part) -> Vec<Uuid> {
                match part {
                    $( Part::$cpart => self.$cfield.keys().copied().collect(), )+
                }
            }

            /// The records `ids` of a part as members of its JSON object
            /// (`"id":{…}`, comma-separated, no braces; empty if none of them
            /// is there any more).
            pub fn members_json(&self, part: Part, ids: &[Uuid]) -> serde_json::Result<String> {
                let object = match part {
                    $( Part::$cpart => serde_json::to_string(&super::pieces::Members(&self.$cfield, ids)), )+
                }?;
                Ok(object
                    .strip_prefix('{')
                    .and_then(|o| o.strip_suffix('}'))
                    .unwrap_or_default()
                    .to_string())
            }
        }

        /// The big collections of a stored copy: megabytes of JSON for a big
        /// book, so the client serializes them `SAVE_CHUNK` records per task.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum Part {
            $( $cpart, )+
        }

        impl Part {
            pub const ALL: &'static [Part] = &[$(Part::$cpart,)+];

            /// Its field in the JSON of a `Snapshot`.
            pub fn field(self) -> &'static str {
                match self {
                    $( Part::$cpart => stringify!($cfield), )+
                }
            }
        }

        /// The current state of `ids` of one kind, those in the device's
        /// `scope`. A record not returned is gone, or no longer on the device.
        #[cfg(feature = "ssr")]
        pub(crate) async fn read_kind(
            pool: &sqlx::PgPool,
            entity: Entity,
            ids: &[Uuid],
            scope: &super::scope::Scope,
        ) -> Result<Vec<Record>, crate::error::AppError> {
            Ok(match entity {
                $( Entity::$ck => $cread(pool, ids, scope).await?.into_iter().map(Record::$ck).collect(), )+
                $( Entity::$hk => $hread(pool, ids, scope).await?.into_iter().map(Record::$hk).collect(), )+
            })
        }
    };
}
