//! The web's one way to ask the access policy (`hearth_core::access`).
//!
//! Handlers pass a gate with [`SignedIn::require`], choose what a page offers
//! with [`SignedIn::may`], and open a family file with [`open_family`] or
//! [`family_for`]. Nothing else in this crate calls `decide`: clippy's
//! `disallowed_methods` (crates/hearth-web/clippy.toml) refuses it.

#![allow(clippy::disallowed_methods)]

use hearth_core::access::{Action, Actor, Decision, FamilyFacts, FamilyScope, Target, decide, family_scope};
use hearth_core::ids::FamilyId;
use hearth_store::Tx;
use hearth_store::families::Family;

use crate::context::SignedIn;
use crate::error::{AppError, AppResult};

impl SignedIn {
    /// Whether the policy allows this; for what a page shows or offers.
    pub(crate) fn may(&self, action: Action, target: Target<'_>) -> bool {
        decide(&self.actor, action, target) == Decision::Allow
    }

    /// Passes only what the policy allows. A record of another organisation
    /// is reported as missing, so its id reveals nothing; anything else
    /// refused is forbidden.
    pub(crate) fn require(&self, action: Action, target: Target<'_>) -> AppResult<()> {
        match decide(&self.actor, action, target) {
            Decision::Allow => Ok(()),
            _ if target.organisation_id() != &self.actor.organisation_id => Err(AppError::NotFound),
            Decision::NeedsBreakGlass | Decision::Deny => Err(AppError::Forbidden),
        }
    }

    /// The families this person may see in lists.
    pub(crate) fn family_scope(&self) -> FamilyScope {
        family_scope(&self.actor)
    }
}

/// Whether the policy allows someone other than the signed-in person (the
/// owner of a calendar feed, the recipient of due work) to do this.
pub(crate) fn allows(actor: &Actor, action: Action, target: Target<'_>) -> bool {
    decide(actor, action, target) == Decision::Allow
}

/// A family file as the policy answered for this person and this action.
pub(crate) enum OpenedFamily {
    Allowed(Family),
    /// Outside their cases: they may open it by writing down why.
    NeedsBreakGlass(Family),
}

/// Loads a family, in the request's transaction, and asks the policy about
/// `action` on it, with the facts the policy was asked about, so the page
/// need not load them again. Unknown ids and other organisations' ids look
/// the same: not found. A role that never reads family files is forbidden.
pub(crate) async fn open_family(
    tx: &mut Tx,
    who: &SignedIn,
    id: &str,
    action: Action,
) -> AppResult<(OpenedFamily, FamilyFacts)> {
    let id = FamilyId::parse(id).map_err(|_| AppError::NotFound)?;
    let family = tx.family(&id).await?.filter(|f| f.organisation_id == who.actor.organisation_id);
    let Some(family) = family else {
        return Err(AppError::NotFound);
    };
    let facts = tx.family_facts(&who.actor, &family).await?;
    let opened = match decide(&who.actor, action, Target::Family(&facts)) {
        Decision::Allow => OpenedFamily::Allowed(family),
        Decision::NeedsBreakGlass => OpenedFamily::NeedsBreakGlass(family),
        Decision::Deny => return Err(AppError::Forbidden),
    };
    Ok((opened, facts))
}

/// A family the person may do `action` on, or the error that says why not.
pub(crate) async fn family_for(tx: &mut Tx, who: &SignedIn, id: &str, action: Action) -> AppResult<Family> {
    match open_family(tx, who, id, action).await?.0 {
        OpenedFamily::Allowed(family) => Ok(family),
        OpenedFamily::NeedsBreakGlass(_) => Err(AppError::Forbidden),
    }
}
