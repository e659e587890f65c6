/** The help texts. Kept apart from the commands so `--help` loads nothing else. */

export const MAIN_HELP = `Usage: practice-journal <command> [options]

Commands:
  lint [paths...]     Check journals (.practice) and landscapes (landscape.yaml)
  report [paths...]   Summarise the workspace: people, communities, crossings

Options:
  -h, --help          Show help (also: practice-journal <command> --help)
  -v, --version       Show the version

Documentation: docs/cli.md
`;

export const LINT_HELP = `Usage: practice-journal lint [paths...] [options]

Checks .practice journals and landscape.yaml/.yml files. Paths may be files, folders or
glob patterns; without any, the current folder is checked recursively (node_modules,
.git and other dot-folders are skipped).

Options:
  -f, --format <name>     stylish (default), json, sarif or junit
      --fix               Apply the safe fixes in place, then report what is left
      --max-warnings <n>  Fail (exit 1) when there are more than n warnings
      --today <date>      The date (YYYY-MM-DD) the date rules take as today
  -q, --quiet             Report errors only
  -h, --help              Show this help

Exit codes: 0 no errors, 1 errors (or too many warnings), 2 usage or fatal error.
`;

export const REPORT_HELP = `Usage: practice-journal report [paths...] [options]

Summarises the workspace model drawn from the journals: people, their memberships and
trajectories, communities and boundary crossings. Paths are as for lint.

Options:
  -f, --format <name>     text (default), json or md
      --person <id>       Only this person (and the crossings they brokered)
      --from <date>       Only entries on or after this date (YYYY-MM-DD)
      --to <date>         Only entries on or before this date (YYYY-MM-DD)
  -h, --help              Show this help
`;
