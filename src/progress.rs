//! Progress of a command that can run for long (`klanten seed`, `export`, `import`, `import-reference`, `backup`,
//! and the start-up's rendering of stored klanten): on a terminal a bar on standard error with the count, the rate
//! and the time left; otherwise a log line every [`LOG_EVERY`]. Either way the command ends with one summary line
//! (what was done, how many, how long).
use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

/// How often a log line reports progress when standard error is no terminal.
pub const LOG_EVERY: Duration = Duration::from_secs(5);

pub struct Progress {
    what: &'static str,
    unit: &'static str,
    total: Option<u64>,
    done: u64,
    started: Instant,
    logged: Instant,
    bar: Option<ProgressBar>,
}

impl Progress {
    /// Progress of `what` (`"exporting"`), counted in `unit` (`"klanten"`), of `total` when known. A bar only when
    /// standard error is a terminal and `bar` is asked for (a server's start-up logs instead).
    pub fn new(what: &'static str, unit: &'static str, total: Option<u64>, bar: bool) -> Self {
        use std::io::IsTerminal;
        let bar = (bar && std::io::stderr().is_terminal()).then(|| {
            let bar = match total {
                Some(n) => ProgressBar::with_draw_target(Some(n), ProgressDrawTarget::stderr()),
                None => ProgressBar::new_spinner(),
            };
            let template = if total.is_some() {
                "{msg} [{bar:30}] {human_pos}/{human_len} {unit} ({per_sec}, {eta} left)"
            } else {
                "{msg} {spinner} {human_pos} {unit} ({per_sec}, {elapsed})"
            };
            let style = ProgressStyle::with_template(&template.replace("{unit}", unit))
                .unwrap_or_else(|_| ProgressStyle::default_bar())
                .progress_chars("=> ");
            bar.set_style(style);
            bar.set_message(what);
            bar.enable_steady_tick(Duration::from_millis(200));
            bar
        });
        let now = Instant::now();
        Progress { what, unit, total, done: 0, started: now, logged: now, bar }
    }

    /// `n` more done.
    pub fn add(&mut self, n: u64) {
        self.done += n;
        if let Some(bar) = &self.bar {
            bar.set_position(self.done);
        } else if self.logged.elapsed() >= LOG_EVERY {
            self.logged = Instant::now();
            let rate = self.rate();
            match self.total {
                Some(total) => {
                    let left = total.saturating_sub(self.done) as f64 / rate.max(1.0);
                    tracing::info!(
                        "{}: {} of {} {} ({:.0}/s, about {:.0} s left)",
                        self.what,
                        self.done,
                        total,
                        self.unit,
                        rate,
                        left
                    );
                }
                None => tracing::info!("{}: {} {} ({:.0}/s)", self.what, self.done, self.unit, rate),
            }
        }
    }

    /// How many were done.
    pub fn done(&self) -> u64 {
        self.done
    }

    fn rate(&self) -> f64 {
        self.done as f64 / self.started.elapsed().as_secs_f64().max(1e-9)
    }

    /// Ends the bar and returns the summary: `summary` (what was done, counted) with the time it took.
    pub fn finish(self, summary: &str) -> String {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
        format!("{summary} in {:.1} s", self.started.elapsed().as_secs_f64())
    }
}
