//! How long a connection may take before it sends a request, so that sockets that send nothing cannot hold the
//! server's connections (`--max-connections`) for long (README, Configuration: `--header-timeout-ms` and
//! `--keep-alive-timeout-ms`).
//!
//! A connection is in one of three phases, told apart by [`Watched`], the connection's reads, and by the request
//! handler, which marks a request's start and end ([`Phase`]):
//! - **waiting** for the first byte of a request: from the accept for at most the header timeout; after an answer on a
//!   kept-alive connection for at most the keep-alive timeout;
//! - **reading a head**, from its first byte for at most the header timeout (a head that trickles in is cut off);
//! - **busy** with a request: no bound here (the body has `--body-timeout-ms`; the handling is the server's own).
//!
//! A connection over its bound is closed: its next read (or a write that cannot get out) fails with `TimedOut`, and
//! hyper drops the connection. hyper's own header timer is not used: it starts when hyper starts to wait for a head,
//! so it cannot tell an idle kept-alive connection from one that trickles a head.
use std::io;
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll};
use std::time::Duration;

use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::time::{Instant, Sleep};

/// The bounds of [`Watched`] connections.
#[derive(Clone, Copy, Debug)]
pub struct Limits {
    /// From the accept, or from the first byte of a later request, to its complete head.
    pub header: Duration,
    /// From an answer to the first byte of the next request on the same connection.
    pub keep_alive: Duration,
}

#[derive(Clone, Copy, Debug)]
enum State {
    /// No byte of a request yet: since when, and whether a request came before on this connection.
    Waiting { since: Instant, kept_alive: bool },
    /// Some bytes of a head, since the first.
    Head { since: Instant },
    /// A request is being handled.
    Busy,
}

/// A connection's phase, shared by its reads ([`Watched`]) and the handler of its requests.
#[derive(Clone)]
pub struct Phase(Arc<Mutex<State>>);

impl Phase {
    /// A connection accepted now.
    pub fn accepted() -> Self {
        Phase(Arc::new(Mutex::new(State::Waiting { since: Instant::now(), kept_alive: false })))
    }

    /// The handler started on a request: its head has arrived.
    pub fn request_started(&self) {
        *self.lock() = State::Busy;
    }

    /// The handler answered: the connection waits for the next request.
    pub fn request_answered(&self) {
        *self.lock() = State::Waiting { since: Instant::now(), kept_alive: true };
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, State> {
        // the state is a plain value: a panic elsewhere cannot leave it half-written
        self.0.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Bytes of a request arrived.
    fn bytes_read(&self) {
        let mut state = self.lock();
        if let State::Waiting { .. } = *state {
            *state = State::Head { since: Instant::now() };
        }
    }

    /// When the connection is over its bound, if it has one now.
    fn deadline(&self, limits: &Limits) -> Option<Instant> {
        match *self.lock() {
            State::Waiting { since, kept_alive: false } => Some(since + limits.header),
            State::Waiting { since, kept_alive: true } => Some(since + limits.keep_alive),
            State::Head { since } => Some(since + limits.header),
            State::Busy => None,
        }
    }
}

/// A connection whose reads and writes fail with `TimedOut` once it is over the bound of its [`Phase`].
pub struct Watched<T> {
    inner: T,
    phase: Phase,
    limits: Limits,
    timer: Pin<Box<Sleep>>,
}

impl<T> Watched<T> {
    pub fn new(inner: T, phase: Phase, limits: Limits) -> Self {
        let first = Instant::now() + limits.header;
        Watched { inner, phase, limits, timer: Box::pin(tokio::time::sleep_until(first)) }
    }

    /// Called when the inner connection has nothing for us now: `Ready(Err)` when the phase's bound has passed,
    /// else the timer is set to wake the task at that bound.
    fn check_deadline(&mut self, cx: &mut Context<'_>) -> Poll<io::Error> {
        let Some(deadline) = self.phase.deadline(&self.limits) else { return Poll::Pending };
        if Instant::now() >= deadline {
            return Poll::Ready(io::Error::new(io::ErrorKind::TimedOut, "connection idle past its bound"));
        }
        if self.timer.deadline() != deadline {
            self.timer.as_mut().reset(deadline);
        }
        match self.timer.as_mut().poll(cx) {
            Poll::Ready(()) => Poll::Ready(io::Error::new(io::ErrorKind::TimedOut, "connection idle past its bound")),
            Poll::Pending => Poll::Pending,
        }
    }
}

use std::future::Future;

impl<T: AsyncRead + Unpin> AsyncRead for Watched<T> {
    fn poll_read(mut self: Pin<&mut Self>, cx: &mut Context<'_>, buf: &mut ReadBuf<'_>) -> Poll<io::Result<()>> {
        let before = buf.filled().len();
        match Pin::new(&mut self.inner).poll_read(cx, buf) {
            Poll::Ready(Ok(())) => {
                if buf.filled().len() > before {
                    self.phase.bytes_read();
                }
                Poll::Ready(Ok(()))
            }
            Poll::Ready(Err(e)) => Poll::Ready(Err(e)),
            Poll::Pending => self.check_deadline(cx).map(Err),
        }
    }
}

impl<T: AsyncWrite + Unpin> AsyncWrite for Watched<T> {
    fn poll_write(mut self: Pin<&mut Self>, cx: &mut Context<'_>, buf: &[u8]) -> Poll<io::Result<usize>> {
        match Pin::new(&mut self.inner).poll_write(cx, buf) {
            Poll::Pending => self.check_deadline(cx).map(Err),
            ready => ready,
        }
    }

    fn poll_write_vectored(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bufs: &[io::IoSlice<'_>],
    ) -> Poll<io::Result<usize>> {
        match Pin::new(&mut self.inner).poll_write_vectored(cx, bufs) {
            Poll::Pending => self.check_deadline(cx).map(Err),
            ready => ready,
        }
    }

    fn is_write_vectored(&self) -> bool {
        self.inner.is_write_vectored()
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        match Pin::new(&mut self.inner).poll_flush(cx) {
            Poll::Pending => self.check_deadline(cx).map(Err),
            ready => ready,
        }
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.inner).poll_shutdown(cx)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tokio::io::{AsyncReadExt, AsyncWriteExt};

    const LIMITS: Limits = Limits { header: Duration::from_secs(5), keep_alive: Duration::from_secs(10) };

    #[tokio::test(start_paused = true)]
    async fn each_phase_has_its_bound() {
        // nothing sent: closed after the header bound
        let (client, server) = tokio::io::duplex(64);
        let mut watched = Watched::new(server, Phase::accepted(), LIMITS);
        let started = Instant::now();
        let e = watched.read(&mut [0; 8]).await.unwrap_err();
        assert_eq!(e.kind(), io::ErrorKind::TimedOut);
        assert_eq!(started.elapsed(), LIMITS.header);
        drop(client);

        // a head that trickles: bounded from its first byte
        let (mut client, server) = tokio::io::duplex(64);
        let phase = Phase::accepted();
        let mut watched = Watched::new(server, phase.clone(), LIMITS);
        tokio::time::sleep(Duration::from_secs(4)).await;
        client.write_all(b"G").await.unwrap();
        assert_eq!(watched.read(&mut [0; 8]).await.unwrap(), 1);
        let first_byte = Instant::now();
        assert_eq!(watched.read(&mut [0; 8]).await.unwrap_err().kind(), io::ErrorKind::TimedOut);
        assert_eq!(first_byte.elapsed(), LIMITS.header);

        // busy: no bound; answered: the keep-alive bound
        let (mut client, server) = tokio::io::duplex(64);
        let phase = Phase::accepted();
        let mut watched = Watched::new(server, phase.clone(), LIMITS);
        client.write_all(b"GET").await.unwrap();
        assert_eq!(watched.read(&mut [0; 8]).await.unwrap(), 3);
        phase.request_started();
        let reader = tokio::spawn(async move {
            let r = watched.read(&mut [0; 8]).await;
            (r.map_err(|e| e.kind()), watched)
        });
        tokio::time::sleep(Duration::from_secs(60)).await;
        assert!(!reader.is_finished(), "a busy connection has no bound here");
        client.write_all(b"x").await.unwrap();
        let (read, mut watched) = reader.await.unwrap();
        assert_eq!(read, Ok(1));
        phase.request_answered();
        let answered = Instant::now();
        assert_eq!(watched.read(&mut [0; 8]).await.unwrap_err().kind(), io::ErrorKind::TimedOut);
        assert_eq!(answered.elapsed(), LIMITS.keep_alive);
    }
}
