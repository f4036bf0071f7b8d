//! `/subscriptions`, `/userInfo`, `/bulkUserInfo`: the users connected to this developer account.

use std::{
    pin::Pin,
    task::{Context, Poll},
};

use futures_util::{Stream, StreamExt, TryStreamExt, stream};

use super::{checked, id};
use crate::{
    Call, Error, Terra,
    call::call,
    models::{SubscribedUsers, TerraUser, UserInfo, UsersPage},
};

impl Terra {
    /// `GET /subscriptions` without paging: every user in one response.
    ///
    /// For large accounts prefer [`Terra::stream_users`], which fetches page by page.
    ///
    /// # Errors
    /// See [`Error`](crate::Error). A body without `users` is an [`Error::Decode`], never an
    /// empty list.
    pub fn list_users(&self) -> Call<SubscribedUsers> {
        call!(self, |client| client.user_list())
    }

    /// `GET /subscriptions?page=..&per_page=..`: one page of users (`page` is zero-based).
    ///
    /// # Errors
    /// [`Error::InvalidRequest`] if `per_page` is 0; otherwise see [`Error`](crate::Error).
    pub fn list_users_page(&self, page: u64, per_page: u32) -> Call<UsersPage> {
        if per_page == 0 {
            return Call::fail(Error::InvalidRequest("per_page must be at least 1".into()));
        }
        let Ok(page) = i64::try_from(page) else {
            return Call::fail(Error::InvalidRequest("page is out of range".into()));
        };
        call!(self, |client| client
            .user_list()
            .page(page)
            .per_page(i64::from(per_page)))
    }

    /// Every user, fetched `per_page` at a time by following `next` from page 0.
    ///
    /// The stream ends after the last page, or after the first error (which it yields). A `next`
    /// that does not move forward yields [`Error::Pagination`] instead of looping.
    ///
    /// ```no_run
    /// # async fn run(terra: tryterra::Terra) -> Result<(), tryterra::Error> {
    /// let mut users = terra.stream_users(500);
    /// while let Some(user) = users.next().await {
    ///     println!("{}", user?.user_id);
    /// }
    /// let everyone = terra.stream_users(500).collect_all().await?;
    /// # Ok(()) }
    /// ```
    ///
    /// It is also a `futures::Stream`, for the combinators of `futures`.
    pub fn stream_users(&self, per_page: u32) -> UserStream {
        enum Cursor {
            Fetch(u64),
            Fail(Box<Error>),
            Done,
        }
        let terra = self.clone();
        let pages = stream::unfold(Cursor::Fetch(0), move |cursor| {
            let terra = terra.clone();
            async move {
                let page = match cursor {
                    Cursor::Fetch(page) => page,
                    Cursor::Fail(error) => return Some((Err(*error), Cursor::Done)),
                    Cursor::Done => return None,
                };
                match terra.list_users_page(page, per_page).await {
                    Err(error) => Some((Err(error), Cursor::Done)),
                    Ok(UsersPage { data }) => {
                        let next = match data.next {
                            None => Cursor::Done,
                            Some(next) if next > 0 && next as u64 > page => {
                                Cursor::Fetch(next as u64)
                            }
                            Some(next) => Cursor::Fail(Box::new(Error::Pagination { page, next })),
                        };
                        Some((Ok(data.results), next))
                    }
                }
            }
        });
        UserStream {
            inner: pages
                .map_ok(|users| stream::iter(users.into_iter().map(Ok)))
                .try_flatten()
                .boxed(),
        }
    }

    /// `GET /userInfo?user_id=..`: one connection with its polling metadata.
    ///
    /// # Errors
    /// [`Error::InvalidRequest`](crate::Error::InvalidRequest) for an empty ID; a 404
    /// [`Error::Api`] for an unknown user.
    pub fn get_user(&self, user_id: &str) -> Call<UserInfo> {
        let user_id = checked!(id("user_id", user_id));
        call!(self, |client| client.user_get().user_id(user_id))
    }

    /// `GET /userInfo?reference_id=..`: every connection registered under your reference ID.
    ///
    /// # Errors
    /// [`Error::InvalidRequest`](crate::Error::InvalidRequest) for an empty ID; otherwise see
    /// [`Error`](crate::Error).
    pub fn list_users_by_reference(&self, reference_id: &str) -> Call<Vec<TerraUser>> {
        let reference_id = checked!(id("reference_id", reference_id));
        call!(self, |client| client.user_get().reference_id(reference_id))
    }

    /// `POST /bulkUserInfo`: the users with these IDs (unknown IDs are left out by Terra).
    ///
    /// # Errors
    /// [`Error::InvalidRequest`] for no IDs or an empty one; otherwise see [`Error`](crate::Error).
    pub fn get_users<I, S>(&self, user_ids: I) -> Call<Vec<TerraUser>>
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        let ids: Vec<String> = user_ids.into_iter().map(Into::into).collect();
        if ids.is_empty() {
            return Call::fail(Error::InvalidRequest("no user IDs given".into()));
        }
        for id in &ids {
            checked!(super::require("user_id", id));
        }
        call!(self, |client| client.user_batch_get().body(ids))
    }
}

/// The users of [`Terra::stream_users`], one at a time, fetched a page at a time.
#[must_use = "streams do nothing unless polled"]
pub struct UserStream {
    inner: stream::BoxStream<'static, Result<TerraUser, Error>>,
}

impl UserStream {
    /// The next user, an error (after which the stream ends), or `None` after the last page.
    /// The same as `futures::StreamExt::next`, without needing that crate.
    pub async fn next(&mut self) -> Option<Result<TerraUser, Error>> {
        self.inner.next().await
    }

    /// Every user, or the first error.
    ///
    /// # Errors
    /// The first error of any page; the users before it are dropped.
    pub async fn collect_all(mut self) -> Result<Vec<TerraUser>, Error> {
        let mut users = Vec::new();
        while let Some(user) = self.next().await {
            users.push(user?);
        }
        Ok(users)
    }
}

impl Stream for UserStream {
    type Item = Result<TerraUser, Error>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        self.inner.poll_next_unpin(cx)
    }
}

impl std::fmt::Debug for UserStream {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("UserStream").finish_non_exhaustive()
    }
}
