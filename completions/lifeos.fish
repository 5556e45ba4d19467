# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_lifeos_global_optspecs
    string join \n profile= format= wide credential-store= debug h/help V/version
end

function __fish_lifeos_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_lifeos_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_lifeos_using_subcommand
    set -l cmd (__fish_lifeos_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c lifeos -n "__fish_lifeos_needs_command" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_needs_command" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_needs_command" -l credential-store -d 'Where secrets (database key, session token) are kept: the OS keyring, the passphrase-encrypted file, or environment variables (read-only). Default: the config\'s `credential_store`, else keyring, file, env in that order' -r -f -a "keyring\t'The operating system\'s keyring'
file\t'The passphrase-encrypted file'
env\t'Environment variables (read-only)'"
complete -c lifeos -n "__fish_lifeos_needs_command" -l wide -d 'Tables: show every column whole and ids in full, however wide (by default a table fits the terminal, cutting its widest text column, and ids are shortened)'
complete -c lifeos -n "__fish_lifeos_needs_command" -l debug -d 'Explain what happens on stderr (paths, credential stores, server calls); secrets never show'
complete -c lifeos -n "__fish_lifeos_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_needs_command" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_needs_command" -f -a "task" -d 'Things to do'
complete -c lifeos -n "__fish_lifeos_needs_command" -f -a "next" -d 'The open tasks to do next, most urgent first (due, priority, age, blocking…)'
complete -c lifeos -n "__fish_lifeos_needs_command" -f -a "note" -d 'Markdown notes'
complete -c lifeos -n "__fish_lifeos_needs_command" -f -a "person" -d 'People in your life'
complete -c lifeos -n "__fish_lifeos_needs_command" -f -a "place" -d 'Places that matter'
complete -c lifeos -n "__fish_lifeos_needs_command" -f -a "habit" -d 'Habits: check in, skip, streaks and statistics'
complete -c lifeos -n "__fish_lifeos_needs_command" -f -a "fast" -d 'Fasting: start, stop, the running fast, history and statistics'
complete -c lifeos -n "__fish_lifeos_needs_command" -f -a "account" -d 'Money accounts'
complete -c lifeos -n "__fish_lifeos_needs_command" -f -a "tx" -d 'Transactions: money in (positive) or out (negative) of an account'
complete -c lifeos -n "__fish_lifeos_needs_command" -f -a "transfer" -d 'Transfers between two of your accounts (two linked transactions)'
complete -c lifeos -n "__fish_lifeos_needs_command" -f -a "budget" -d 'Monthly budgets per category'
complete -c lifeos -n "__fish_lifeos_needs_command" -f -a "balance" -d 'Account balances (as of a date) and net worth per currency'
complete -c lifeos -n "__fish_lifeos_needs_command" -f -a "spending" -d 'Spending by category in a month (subcategories roll up)'
complete -c lifeos -n "__fish_lifeos_needs_command" -f -a "finance" -d 'Finance as a whole: export a journal for hledger/Ledger'
complete -c lifeos -n "__fish_lifeos_needs_command" -f -a "export" -d 'Write every row of every kind, deleted ones included, to stdout as ndjson (what import reads)'
complete -c lifeos -n "__fish_lifeos_needs_command" -f -a "import" -d 'Read an export (a file, or - for stdin) in one transaction; rows merge by version'
complete -c lifeos -n "__fish_lifeos_needs_command" -f -a "restore" -d 'Make an export\'s rows current again (undo edits and deletes since it was made)'
complete -c lifeos -n "__fish_lifeos_needs_command" -f -a "attach" -d 'Attach a file to a row: `lifeos attach receipt.pdf --to tx:RECEIPT_ID`'
complete -c lifeos -n "__fish_lifeos_needs_command" -f -a "attachment" -d 'Files attached to rows: list, get, open, rm'
complete -c lifeos -n "__fish_lifeos_needs_command" -f -a "login" -d 'Log in to a sync server (password prompted, or LIFEOS_PASSWORD)'
complete -c lifeos -n "__fish_lifeos_needs_command" -f -a "logout" -d 'Log out: the session is revoked and forgotten'
complete -c lifeos -n "__fish_lifeos_needs_command" -f -a "sync" -d 'Push local changes, then pull everyone else\'s; then upload new attachments'
complete -c lifeos -n "__fish_lifeos_needs_command" -f -a "status" -d 'Server, workspace, pending changes, last sync'
complete -c lifeos -n "__fish_lifeos_needs_command" -f -a "workspace" -d 'The workspaces of your account'
complete -c lifeos -n "__fish_lifeos_needs_command" -f -a "auth" -d 'Credentials: where the database key and session token are kept'
complete -c lifeos -n "__fish_lifeos_needs_command" -f -a "db" -d 'The encrypted database itself'
complete -c lifeos -n "__fish_lifeos_needs_command" -f -a "profile" -d 'Profiles: each has its own server, workspace, database and credentials'
complete -c lifeos -n "__fish_lifeos_needs_command" -f -a "unlock" -d 'Unseal the database key once and keep it in the kernel keyring (Linux) for a while: the commands after it ask no passphrase'
complete -c lifeos -n "__fish_lifeos_needs_command" -f -a "lock" -d 'Forget the unlocked key at once: the next command asks for the passphrase again'
complete -c lifeos -n "__fish_lifeos_needs_command" -f -a "health" -d 'Health: weight, blood pressure, sleep, steps, water, mood… and trends'
complete -c lifeos -n "__fish_lifeos_needs_command" -f -a "workout" -d 'Workouts and weekly totals'
complete -c lifeos -n "__fish_lifeos_needs_command" -f -a "practice" -d 'Faith practice: prayer, scripture, meditation… or your own; streaks and totals'
complete -c lifeos -n "__fish_lifeos_needs_command" -f -a "plan" -d 'Reading plans: import, today\'s readings, progress and catch-up'
complete -c lifeos -n "__fish_lifeos_needs_command" -f -a "undo" -d 'Take back the last local change of any kind (again: the one before), as new versions that sync; prints what it undid'
complete -c lifeos -n "__fish_lifeos_needs_command" -f -a "search" -d 'Find anything: ranked hits across every kind, with the matches marked'
complete -c lifeos -n "__fish_lifeos_needs_command" -f -a "day" -d 'Everything that happened on one day (default today), across every domain'
complete -c lifeos -n "__fish_lifeos_needs_command" -f -a "timeline" -d 'Everything that happened from one day to another, across every domain'
complete -c lifeos -n "__fish_lifeos_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and not __fish_seen_subcommand_from add list show edit start done skip annotate projects rm restore help" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and not __fish_seen_subcommand_from add list show edit start done skip annotate projects rm restore help" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and not __fish_seen_subcommand_from add list show edit start done skip annotate projects rm restore help" -l credential-store -d 'Where secrets (database key, session token) are kept: the OS keyring, the passphrase-encrypted file, or environment variables (read-only). Default: the config\'s `credential_store`, else keyring, file, env in that order' -r -f -a "keyring\t'The operating system\'s keyring'
file\t'The passphrase-encrypted file'
env\t'Environment variables (read-only)'"
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and not __fish_seen_subcommand_from add list show edit start done skip annotate projects rm restore help" -l wide -d 'Tables: show every column whole and ids in full, however wide (by default a table fits the terminal, cutting its widest text column, and ids are shortened)'
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and not __fish_seen_subcommand_from add list show edit start done skip annotate projects rm restore help" -l debug -d 'Explain what happens on stderr (paths, credential stores, server calls); secrets never show'
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and not __fish_seen_subcommand_from add list show edit start done skip annotate projects rm restore help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and not __fish_seen_subcommand_from add list show edit start done skip annotate projects rm restore help" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and not __fish_seen_subcommand_from add list show edit start done skip annotate projects rm restore help" -f -a "add" -d 'Add a task'
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and not __fish_seen_subcommand_from add list show edit start done skip annotate projects rm restore help" -f -a "list" -d 'List tasks (open ones unless --status or --all)'
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and not __fish_seen_subcommand_from add list show edit start done skip annotate projects rm restore help" -f -a "show" -d 'Show one task'
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and not __fish_seen_subcommand_from add list show edit start done skip annotate projects rm restore help" -f -a "edit" -d 'Change a task'
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and not __fish_seen_subcommand_from add list show edit start done skip annotate projects rm restore help" -f -a "start" -d 'Mark a task as in progress'
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and not __fish_seen_subcommand_from add list show edit start done skip annotate projects rm restore help" -f -a "done" -d 'Mark a task as done (a recurring one: its series\' next instance appears)'
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and not __fish_seen_subcommand_from add list show edit start done skip annotate projects rm restore help" -f -a "skip" -d 'Skip an instance of a recurring task: cancelled, and the next one appears'
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and not __fish_seen_subcommand_from add list show edit start done skip annotate projects rm restore help" -f -a "annotate" -d 'Add a timestamped note to a task'
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and not __fish_seen_subcommand_from add list show edit start done skip annotate projects rm restore help" -f -a "projects" -d 'The projects of open tasks, with how many each holds (below it too)'
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and not __fish_seen_subcommand_from add list show edit start done skip annotate projects rm restore help" -f -a "rm" -d 'Delete a task (it stays as a tombstone; see restore)'
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and not __fish_seen_subcommand_from add list show edit start done skip annotate projects rm restore help" -f -a "restore" -d 'Undo the deletion of a task'
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and not __fish_seen_subcommand_from add list show edit start done skip annotate projects rm restore help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from add" -l notes -d 'Longer notes' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from add" -l due -d 'Due date: YYYY-MM-DD, a date-time, today, tomorrow, a weekday, next monday, +3d, eow, eom…' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from add" -l priority -d 'Priority' -r -f -a "none\t'No priority set'
low\t'Low'
medium\t'Medium'
high\t'High'"
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from add" -l tag -d 'Tag (repeatable)' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from add" -l person -d 'The person this task is about (name or id prefix)' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from add" -l place -d 'The place it happens at (name or id prefix)' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from add" -l project -d 'The project, dotted (home.garden)' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from add" -l wait -d 'Hidden from lists until then (a day or a time, as --due)' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from add" -l scheduled -d 'When work on it is planned to start (as --due)' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from add" -l depends -d 'A task that must be done first (id, prefix or title; repeatable)' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from add" -l recur -d 'Repeat: daily, weekdays, weekly, monthly, yearly, every 3 days, every 2 weeks on mon,thu, monthly on the last friday… (needs --due; the next instance appears when this one is done)' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from add" -l until -d 'No instance due after this day' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from add" -l count -d 'At most this many instances (1 to 10000)' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from add" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from add" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from add" -l credential-store -d 'Where secrets (database key, session token) are kept: the OS keyring, the passphrase-encrypted file, or environment variables (read-only). Default: the config\'s `credential_store`, else keyring, file, env in that order' -r -f -a "keyring\t'The operating system\'s keyring'
file\t'The passphrase-encrypted file'
env\t'Environment variables (read-only)'"
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from add" -l wide -d 'Tables: show every column whole and ids in full, however wide (by default a table fits the terminal, cutting its widest text column, and ids are shortened)'
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from add" -l debug -d 'Explain what happens on stderr (paths, credential stores, server calls); secrets never show'
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from list" -l status -d 'Only these statuses (repeatable)' -r -f -a "todo\t'Not started'
doing\t'In progress'
done\t'Finished; `completed_at` says when'
cancelled\t'Dropped'"
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from list" -l due-before -d 'Only tasks due before this date (YYYY-MM-DD, today, tomorrow, …)' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from list" -l project -d 'Only this project and those below it (home lists home.garden too)' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from list" -l sort -d 'The order' -r -f -a "due\t'Open first, then by due date, priority (the default)'
urgency\t'Most urgent first (as `lifeos next`)'
priority\t'Highest priority first'
created\t'Newest first'
project\t'By project, then due date'
title\t'By title'"
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from list" -l limit -d 'At most this many rows' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from list" -l tag -d 'Only rows with this tag' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from list" -l search -d 'Only rows whose text contains this (case-insensitive)' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from list" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from list" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from list" -l credential-store -d 'Where secrets (database key, session token) are kept: the OS keyring, the passphrase-encrypted file, or environment variables (read-only). Default: the config\'s `credential_store`, else keyring, file, env in that order' -r -f -a "keyring\t'The operating system\'s keyring'
file\t'The passphrase-encrypted file'
env\t'Environment variables (read-only)'"
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from list" -l waiting -d 'Only tasks still waiting (hidden by default until their --wait)'
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from list" -l all -d 'Include deleted rows (and, for tasks, finished ones)'
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from list" -l wide -d 'Tables: show every column whole and ids in full, however wide (by default a table fits the terminal, cutting its widest text column, and ids are shortened)'
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from list" -l debug -d 'Explain what happens on stderr (paths, credential stores, server calls); secrets never show'
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from show" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from show" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from show" -l credential-store -d 'Where secrets (database key, session token) are kept: the OS keyring, the passphrase-encrypted file, or environment variables (read-only). Default: the config\'s `credential_store`, else keyring, file, env in that order' -r -f -a "keyring\t'The operating system\'s keyring'
file\t'The passphrase-encrypted file'
env\t'Environment variables (read-only)'"
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from show" -l wide -d 'Tables: show every column whole and ids in full, however wide (by default a table fits the terminal, cutting its widest text column, and ids are shortened)'
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from show" -l debug -d 'Explain what happens on stderr (paths, credential stores, server calls); secrets never show'
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from edit" -l expect-version -d 'Fail if the row is no longer at this version (someone else changed it)' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from edit" -l title -d 'New title' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from edit" -l notes -d 'New notes' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from edit" -l due -d 'New due date' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from edit" -l priority -d 'New priority' -r -f -a "none\t'No priority set'
low\t'Low'
medium\t'Medium'
high\t'High'"
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from edit" -l status -d 'New status' -r -f -a "todo\t'Not started'
doing\t'In progress'
done\t'Finished; `completed_at` says when'
cancelled\t'Dropped'"
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from edit" -l tag -d 'Add a tag (repeatable)' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from edit" -l untag -d 'Remove a tag (repeatable)' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from edit" -l person -d 'Link to a person' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from edit" -l place -d 'Link to a place' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from edit" -l project -d 'New project' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from edit" -l wait -d 'Hide it until then' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from edit" -l scheduled -d 'New scheduled time' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from edit" -l depends -d 'Add a task that must be done first (repeatable)' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from edit" -l no-depends -d 'Remove a dependency (repeatable)' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from edit" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from edit" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from edit" -l credential-store -d 'Where secrets (database key, session token) are kept: the OS keyring, the passphrase-encrypted file, or environment variables (read-only). Default: the config\'s `credential_store`, else keyring, file, env in that order' -r -f -a "keyring\t'The operating system\'s keyring'
file\t'The passphrase-encrypted file'
env\t'Environment variables (read-only)'"
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from edit" -l no-due -d 'Remove the due date'
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from edit" -l no-person -d 'Remove the person link'
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from edit" -l no-place -d 'Remove the place link'
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from edit" -l no-project -d 'Remove the project'
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from edit" -l no-wait -d 'Show it again now'
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from edit" -l no-scheduled -d 'Remove the scheduled time'
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from edit" -l series -d 'A recurring task: make the same change to every open instance of its series'
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from edit" -l wide -d 'Tables: show every column whole and ids in full, however wide (by default a table fits the terminal, cutting its widest text column, and ids are shortened)'
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from edit" -l debug -d 'Explain what happens on stderr (paths, credential stores, server calls); secrets never show'
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from edit" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from start" -l expect-version -d 'Fail if the row is no longer at this version (someone else changed it)' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from start" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from start" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from start" -l credential-store -d 'Where secrets (database key, session token) are kept: the OS keyring, the passphrase-encrypted file, or environment variables (read-only). Default: the config\'s `credential_store`, else keyring, file, env in that order' -r -f -a "keyring\t'The operating system\'s keyring'
file\t'The passphrase-encrypted file'
env\t'Environment variables (read-only)'"
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from start" -l wide -d 'Tables: show every column whole and ids in full, however wide (by default a table fits the terminal, cutting its widest text column, and ids are shortened)'
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from start" -l debug -d 'Explain what happens on stderr (paths, credential stores, server calls); secrets never show'
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from start" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from start" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from done" -l expect-version -d 'Fail if the row is no longer at this version (someone else changed it)' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from done" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from done" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from done" -l credential-store -d 'Where secrets (database key, session token) are kept: the OS keyring, the passphrase-encrypted file, or environment variables (read-only). Default: the config\'s `credential_store`, else keyring, file, env in that order' -r -f -a "keyring\t'The operating system\'s keyring'
file\t'The passphrase-encrypted file'
env\t'Environment variables (read-only)'"
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from done" -l wide -d 'Tables: show every column whole and ids in full, however wide (by default a table fits the terminal, cutting its widest text column, and ids are shortened)'
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from done" -l debug -d 'Explain what happens on stderr (paths, credential stores, server calls); secrets never show'
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from done" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from done" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from skip" -l expect-version -d 'Fail if the row is no longer at this version (someone else changed it)' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from skip" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from skip" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from skip" -l credential-store -d 'Where secrets (database key, session token) are kept: the OS keyring, the passphrase-encrypted file, or environment variables (read-only). Default: the config\'s `credential_store`, else keyring, file, env in that order' -r -f -a "keyring\t'The operating system\'s keyring'
file\t'The passphrase-encrypted file'
env\t'Environment variables (read-only)'"
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from skip" -l wide -d 'Tables: show every column whole and ids in full, however wide (by default a table fits the terminal, cutting its widest text column, and ids are shortened)'
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from skip" -l debug -d 'Explain what happens on stderr (paths, credential stores, server calls); secrets never show'
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from skip" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from skip" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from annotate" -l expect-version -d 'Fail if the row is no longer at this version (someone else changed it)' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from annotate" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from annotate" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from annotate" -l credential-store -d 'Where secrets (database key, session token) are kept: the OS keyring, the passphrase-encrypted file, or environment variables (read-only). Default: the config\'s `credential_store`, else keyring, file, env in that order' -r -f -a "keyring\t'The operating system\'s keyring'
file\t'The passphrase-encrypted file'
env\t'Environment variables (read-only)'"
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from annotate" -l wide -d 'Tables: show every column whole and ids in full, however wide (by default a table fits the terminal, cutting its widest text column, and ids are shortened)'
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from annotate" -l debug -d 'Explain what happens on stderr (paths, credential stores, server calls); secrets never show'
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from annotate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from annotate" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from projects" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from projects" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from projects" -l credential-store -d 'Where secrets (database key, session token) are kept: the OS keyring, the passphrase-encrypted file, or environment variables (read-only). Default: the config\'s `credential_store`, else keyring, file, env in that order' -r -f -a "keyring\t'The operating system\'s keyring'
file\t'The passphrase-encrypted file'
env\t'Environment variables (read-only)'"
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from projects" -l wide -d 'Tables: show every column whole and ids in full, however wide (by default a table fits the terminal, cutting its widest text column, and ids are shortened)'
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from projects" -l debug -d 'Explain what happens on stderr (paths, credential stores, server calls); secrets never show'
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from projects" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from projects" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from rm" -l expect-version -d 'Fail if the row is no longer at this version (someone else changed it)' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from rm" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from rm" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from rm" -l credential-store -d 'Where secrets (database key, session token) are kept: the OS keyring, the passphrase-encrypted file, or environment variables (read-only). Default: the config\'s `credential_store`, else keyring, file, env in that order' -r -f -a "keyring\t'The operating system\'s keyring'
file\t'The passphrase-encrypted file'
env\t'Environment variables (read-only)'"
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from rm" -l series -d 'A recurring task: delete every open instance of its series, ending it'
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from rm" -l wide -d 'Tables: show every column whole and ids in full, however wide (by default a table fits the terminal, cutting its widest text column, and ids are shortened)'
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from rm" -l debug -d 'Explain what happens on stderr (paths, credential stores, server calls); secrets never show'
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from rm" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from restore" -l expect-version -d 'Fail if the row is no longer at this version (someone else changed it)' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from restore" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from restore" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from restore" -l credential-store -d 'Where secrets (database key, session token) are kept: the OS keyring, the passphrase-encrypted file, or environment variables (read-only). Default: the config\'s `credential_store`, else keyring, file, env in that order' -r -f -a "keyring\t'The operating system\'s keyring'
file\t'The passphrase-encrypted file'
env\t'Environment variables (read-only)'"
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from restore" -l wide -d 'Tables: show every column whole and ids in full, however wide (by default a table fits the terminal, cutting its widest text column, and ids are shortened)'
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from restore" -l debug -d 'Explain what happens on stderr (paths, credential stores, server calls); secrets never show'
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from restore" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from restore" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a task'
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from help" -f -a "list" -d 'List tasks (open ones unless --status or --all)'
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one task'
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Change a task'
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from help" -f -a "start" -d 'Mark a task as in progress'
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from help" -f -a "done" -d 'Mark a task as done (a recurring one: its series\' next instance appears)'
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from help" -f -a "skip" -d 'Skip an instance of a recurring task: cancelled, and the next one appears'
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from help" -f -a "annotate" -d 'Add a timestamped note to a task'
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from help" -f -a "projects" -d 'The projects of open tasks, with how many each holds (below it too)'
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from help" -f -a "rm" -d 'Delete a task (it stays as a tombstone; see restore)'
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from help" -f -a "restore" -d 'Undo the deletion of a task'
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lifeos -n "__fish_lifeos_using_subcommand next" -l limit -d 'At most this many tasks' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand next" -l project -d 'Only this project and those below it' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand next" -l tag -d 'Only tasks with this tag' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand next" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand next" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand next" -l credential-store -d 'Where secrets (database key, session token) are kept: the OS keyring, the passphrase-encrypted file, or environment variables (read-only). Default: the config\'s `credential_store`, else keyring, file, env in that order' -r -f -a "keyring\t'The operating system\'s keyring'
file\t'The passphrase-encrypted file'
env\t'Environment variables (read-only)'"
complete -c lifeos -n "__fish_lifeos_using_subcommand next" -l wide -d 'Tables: show every column whole and ids in full, however wide (by default a table fits the terminal, cutting its widest text column, and ids are shortened)'
complete -c lifeos -n "__fish_lifeos_using_subcommand next" -l debug -d 'Explain what happens on stderr (paths, credential stores, server calls); secrets never show'
complete -c lifeos -n "__fish_lifeos_using_subcommand next" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand next" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand note; and not __fish_seen_subcommand_from add list show edit rm restore help" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand note; and not __fish_seen_subcommand_from add list show edit rm restore help" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand note; and not __fish_seen_subcommand_from add list show edit rm restore help" -l credential-store -d 'Where secrets (database key, session token) are kept: the OS keyring, the passphrase-encrypted file, or environment variables (read-only). Default: the config\'s `credential_store`, else keyring, file, env in that order' -r -f -a "keyring\t'The operating system\'s keyring'
file\t'The passphrase-encrypted file'
env\t'Environment variables (read-only)'"
complete -c lifeos -n "__fish_lifeos_using_subcommand note; and not __fish_seen_subcommand_from add list show edit rm restore help" -l wide -d 'Tables: show every column whole and ids in full, however wide (by default a table fits the terminal, cutting its widest text column, and ids are shortened)'
complete -c lifeos -n "__fish_lifeos_using_subcommand note; and not __fish_seen_subcommand_from add list show edit rm restore help" -l debug -d 'Explain what happens on stderr (paths, credential stores, server calls); secrets never show'
complete -c lifeos -n "__fish_lifeos_using_subcommand note; and not __fish_seen_subcommand_from add list show edit rm restore help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand note; and not __fish_seen_subcommand_from add list show edit rm restore help" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand note; and not __fish_seen_subcommand_from add list show edit rm restore help" -f -a "add" -d 'Add a note'
complete -c lifeos -n "__fish_lifeos_using_subcommand note; and not __fish_seen_subcommand_from add list show edit rm restore help" -f -a "list" -d 'List notes (pinned first)'
complete -c lifeos -n "__fish_lifeos_using_subcommand note; and not __fish_seen_subcommand_from add list show edit rm restore help" -f -a "show" -d 'Show one note'
complete -c lifeos -n "__fish_lifeos_using_subcommand note; and not __fish_seen_subcommand_from add list show edit rm restore help" -f -a "edit" -d 'Change a note'
complete -c lifeos -n "__fish_lifeos_using_subcommand note; and not __fish_seen_subcommand_from add list show edit rm restore help" -f -a "rm" -d 'Delete a note (it stays as a tombstone; see restore)'
complete -c lifeos -n "__fish_lifeos_using_subcommand note; and not __fish_seen_subcommand_from add list show edit rm restore help" -f -a "restore" -d 'Undo the deletion of a note'
complete -c lifeos -n "__fish_lifeos_using_subcommand note; and not __fish_seen_subcommand_from add list show edit rm restore help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lifeos -n "__fish_lifeos_using_subcommand note; and __fish_seen_subcommand_from add" -l body -d 'The Markdown body' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand note; and __fish_seen_subcommand_from add" -l body-file -d 'Read the body from a file (- for stdin)' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand note; and __fish_seen_subcommand_from add" -l tag -d 'Tag (repeatable)' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand note; and __fish_seen_subcommand_from add" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand note; and __fish_seen_subcommand_from add" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand note; and __fish_seen_subcommand_from add" -l credential-store -d 'Where secrets (database key, session token) are kept: the OS keyring, the passphrase-encrypted file, or environment variables (read-only). Default: the config\'s `credential_store`, else keyring, file, env in that order' -r -f -a "keyring\t'The operating system\'s keyring'
file\t'The passphrase-encrypted file'
env\t'Environment variables (read-only)'"
complete -c lifeos -n "__fish_lifeos_using_subcommand note; and __fish_seen_subcommand_from add" -l pin -d 'Pin the note'
complete -c lifeos -n "__fish_lifeos_using_subcommand note; and __fish_seen_subcommand_from add" -l wide -d 'Tables: show every column whole and ids in full, however wide (by default a table fits the terminal, cutting its widest text column, and ids are shortened)'
complete -c lifeos -n "__fish_lifeos_using_subcommand note; and __fish_seen_subcommand_from add" -l debug -d 'Explain what happens on stderr (paths, credential stores, server calls); secrets never show'
complete -c lifeos -n "__fish_lifeos_using_subcommand note; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand note; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand note; and __fish_seen_subcommand_from list" -l tag -d 'Only rows with this tag' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand note; and __fish_seen_subcommand_from list" -l search -d 'Only rows whose text contains this (case-insensitive)' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand note; and __fish_seen_subcommand_from list" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand note; and __fish_seen_subcommand_from list" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand note; and __fish_seen_subcommand_from list" -l credential-store -d 'Where secrets (database key, session token) are kept: the OS keyring, the passphrase-encrypted file, or environment variables (read-only). Default: the config\'s `credential_store`, else keyring, file, env in that order' -r -f -a "keyring\t'The operating system\'s keyring'
file\t'The passphrase-encrypted file'
env\t'Environment variables (read-only)'"
complete -c lifeos -n "__fish_lifeos_using_subcommand note; and __fish_seen_subcommand_from list" -l pinned -d 'Only pinned notes'
complete -c lifeos -n "__fish_lifeos_using_subcommand note; and __fish_seen_subcommand_from list" -l all -d 'Include deleted rows (and, for tasks, finished ones)'
complete -c lifeos -n "__fish_lifeos_using_subcommand note; and __fish_seen_subcommand_from list" -l wide -d 'Tables: show every column whole and ids in full, however wide (by default a table fits the terminal, cutting its widest text column, and ids are shortened)'
complete -c lifeos -n "__fish_lifeos_using_subcommand note; and __fish_seen_subcommand_from list" -l debug -d 'Explain what happens on stderr (paths, credential stores, server calls); secrets never show'
complete -c lifeos -n "__fish_lifeos_using_subcommand note; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand note; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand note; and __fish_seen_subcommand_from show" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand note; and __fish_seen_subcommand_from show" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand note; and __fish_seen_subcommand_from show" -l credential-store -d 'Where secrets (database key, session token) are kept: the OS keyring, the passphrase-encrypted file, or environment variables (read-only). Default: the config\'s `credential_store`, else keyring, file, env in that order' -r -f -a "keyring\t'The operating system\'s keyring'
file\t'The passphrase-encrypted file'
env\t'Environment variables (read-only)'"
complete -c lifeos -n "__fish_lifeos_using_subcommand note; and __fish_seen_subcommand_from show" -l wide -d 'Tables: show every column whole and ids in full, however wide (by default a table fits the terminal, cutting its widest text column, and ids are shortened)'
complete -c lifeos -n "__fish_lifeos_using_subcommand note; and __fish_seen_subcommand_from show" -l debug -d 'Explain what happens on stderr (paths, credential stores, server calls); secrets never show'
complete -c lifeos -n "__fish_lifeos_using_subcommand note; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand note; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand note; and __fish_seen_subcommand_from edit" -l expect-version -d 'Fail if the row is no longer at this version (someone else changed it)' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand note; and __fish_seen_subcommand_from edit" -l title -d 'New title' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand note; and __fish_seen_subcommand_from edit" -l body -d 'New body' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand note; and __fish_seen_subcommand_from edit" -l body-file -d 'Read the new body from a file (- for stdin)' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand note; and __fish_seen_subcommand_from edit" -l tag -d 'Add a tag (repeatable)' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand note; and __fish_seen_subcommand_from edit" -l untag -d 'Remove a tag (repeatable)' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand note; and __fish_seen_subcommand_from edit" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand note; and __fish_seen_subcommand_from edit" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand note; and __fish_seen_subcommand_from edit" -l credential-store -d 'Where secrets (database key, session token) are kept: the OS keyring, the passphrase-encrypted file, or environment variables (read-only). Default: the config\'s `credential_store`, else keyring, file, env in that order' -r -f -a "keyring\t'The operating system\'s keyring'
file\t'The passphrase-encrypted file'
env\t'Environment variables (read-only)'"
complete -c lifeos -n "__fish_lifeos_using_subcommand note; and __fish_seen_subcommand_from edit" -l pin -d 'Pin the note'
complete -c lifeos -n "__fish_lifeos_using_subcommand note; and __fish_seen_subcommand_from edit" -l unpin -d 'Unpin the note'
complete -c lifeos -n "__fish_lifeos_using_subcommand note; and __fish_seen_subcommand_from edit" -l wide -d 'Tables: show every column whole and ids in full, however wide (by default a table fits the terminal, cutting its widest text column, and ids are shortened)'
complete -c lifeos -n "__fish_lifeos_using_subcommand note; and __fish_seen_subcommand_from edit" -l debug -d 'Explain what happens on stderr (paths, credential stores, server calls); secrets never show'
complete -c lifeos -n "__fish_lifeos_using_subcommand note; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand note; and __fish_seen_subcommand_from edit" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand note; and __fish_seen_subcommand_from rm" -l expect-version -d 'Fail if the row is no longer at this version (someone else changed it)' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand note; and __fish_seen_subcommand_from rm" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand note; and __fish_seen_subcommand_from rm" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand note; and __fish_seen_subcommand_from rm" -l credential-store -d 'Where secrets (database key, session token) are kept: the OS keyring, the passphrase-encrypted file, or environment variables (read-only). Default: the config\'s `credential_store`, else keyring, file, env in that order' -r -f -a "keyring\t'The operating system\'s keyring'
file\t'The passphrase-encrypted file'
env\t'Environment variables (read-only)'"
complete -c lifeos -n "__fish_lifeos_using_subcommand note; and __fish_seen_subcommand_from rm" -l wide -d 'Tables: show every column whole and ids in full, however wide (by default a table fits the terminal, cutting its widest text column, and ids are shortened)'
complete -c lifeos -n "__fish_lifeos_using_subcommand note; and __fish_seen_subcommand_from rm" -l debug -d 'Explain what happens on stderr (paths, credential stores, server calls); secrets never show'
complete -c lifeos -n "__fish_lifeos_using_subcommand note; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand note; and __fish_seen_subcommand_from rm" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand note; and __fish_seen_subcommand_from restore" -l expect-version -d 'Fail if the row is no longer at this version (someone else changed it)' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand note; and __fish_seen_subcommand_from restore" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand note; and __fish_seen_subcommand_from restore" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand note; and __fish_seen_subcommand_from restore" -l credential-store -d 'Where secrets (database key, session token) are kept: the OS keyring, the passphrase-encrypted file, or environment variables (read-only). Default: the config\'s `credential_store`, else keyring, file, env in that order' -r -f -a "keyring\t'The operating system\'s keyring'
file\t'The passphrase-encrypted file'
env\t'Environment variables (read-only)'"
complete -c lifeos -n "__fish_lifeos_using_subcommand note; and __fish_seen_subcommand_from restore" -l wide -d 'Tables: show every column whole and ids in full, however wide (by default a table fits the terminal, cutting its widest text column, and ids are shortened)'
complete -c lifeos -n "__fish_lifeos_using_subcommand note; and __fish_seen_subcommand_from restore" -l debug -d 'Explain what happens on stderr (paths, credential stores, server calls); secrets never show'
complete -c lifeos -n "__fish_lifeos_using_subcommand note; and __fish_seen_subcommand_from restore" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand note; and __fish_seen_subcommand_from restore" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand note; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a note'
complete -c lifeos -n "__fish_lifeos_using_subcommand note; and __fish_seen_subcommand_from help" -f -a "list" -d 'List notes (pinned first)'
complete -c lifeos -n "__fish_lifeos_using_subcommand note; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one note'
complete -c lifeos -n "__fish_lifeos_using_subcommand note; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Change a note'
complete -c lifeos -n "__fish_lifeos_using_subcommand note; and __fish_seen_subcommand_from help" -f -a "rm" -d 'Delete a note (it stays as a tombstone; see restore)'
complete -c lifeos -n "__fish_lifeos_using_subcommand note; and __fish_seen_subcommand_from help" -f -a "restore" -d 'Undo the deletion of a note'
complete -c lifeos -n "__fish_lifeos_using_subcommand note; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lifeos -n "__fish_lifeos_using_subcommand person; and not __fish_seen_subcommand_from add list show edit contacted rm restore help" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand person; and not __fish_seen_subcommand_from add list show edit contacted rm restore help" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand person; and not __fish_seen_subcommand_from add list show edit contacted rm restore help" -l credential-store -d 'Where secrets (database key, session token) are kept: the OS keyring, the passphrase-encrypted file, or environment variables (read-only). Default: the config\'s `credential_store`, else keyring, file, env in that order' -r -f -a "keyring\t'The operating system\'s keyring'
file\t'The passphrase-encrypted file'
env\t'Environment variables (read-only)'"
complete -c lifeos -n "__fish_lifeos_using_subcommand person; and not __fish_seen_subcommand_from add list show edit contacted rm restore help" -l wide -d 'Tables: show every column whole and ids in full, however wide (by default a table fits the terminal, cutting its widest text column, and ids are shortened)'
complete -c lifeos -n "__fish_lifeos_using_subcommand person; and not __fish_seen_subcommand_from add list show edit contacted rm restore help" -l debug -d 'Explain what happens on stderr (paths, credential stores, server calls); secrets never show'
complete -c lifeos -n "__fish_lifeos_using_subcommand person; and not __fish_seen_subcommand_from add list show edit contacted rm restore help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand person; and not __fish_seen_subcommand_from add list show edit contacted rm restore help" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand person; and not __fish_seen_subcommand_from add list show edit contacted rm restore help" -f -a "add" -d 'Add a person'
complete -c lifeos -n "__fish_lifeos_using_subcommand person; and not __fish_seen_subcommand_from add list show edit contacted rm restore help" -f -a "list" -d 'List people'
complete -c lifeos -n "__fish_lifeos_using_subcommand person; and not __fish_seen_subcommand_from add list show edit contacted rm restore help" -f -a "show" -d 'Show one person'
complete -c lifeos -n "__fish_lifeos_using_subcommand person; and not __fish_seen_subcommand_from add list show edit contacted rm restore help" -f -a "edit" -d 'Change a person'
complete -c lifeos -n "__fish_lifeos_using_subcommand person; and not __fish_seen_subcommand_from add list show edit contacted rm restore help" -f -a "contacted" -d 'Record that you were in touch now (or --at a time)'
complete -c lifeos -n "__fish_lifeos_using_subcommand person; and not __fish_seen_subcommand_from add list show edit contacted rm restore help" -f -a "rm" -d 'Delete a person (it stays as a tombstone; see restore)'
complete -c lifeos -n "__fish_lifeos_using_subcommand person; and not __fish_seen_subcommand_from add list show edit contacted rm restore help" -f -a "restore" -d 'Undo the deletion of a person'
complete -c lifeos -n "__fish_lifeos_using_subcommand person; and not __fish_seen_subcommand_from add list show edit contacted rm restore help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lifeos -n "__fish_lifeos_using_subcommand person; and __fish_seen_subcommand_from add" -l email -d 'Email address (repeatable)' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand person; and __fish_seen_subcommand_from add" -l phone -d 'Phone number (repeatable)' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand person; and __fish_seen_subcommand_from add" -l birthday -d 'Birthday: YYYY-MM-DD, or MM-DD (also --MM-DD) when the year is not known' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand person; and __fish_seen_subcommand_from add" -l notes -d 'Notes' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand person; and __fish_seen_subcommand_from add" -l tag -d 'Tag (repeatable)' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand person; and __fish_seen_subcommand_from add" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand person; and __fish_seen_subcommand_from add" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand person; and __fish_seen_subcommand_from add" -l credential-store -d 'Where secrets (database key, session token) are kept: the OS keyring, the passphrase-encrypted file, or environment variables (read-only). Default: the config\'s `credential_store`, else keyring, file, env in that order' -r -f -a "keyring\t'The operating system\'s keyring'
file\t'The passphrase-encrypted file'
env\t'Environment variables (read-only)'"
complete -c lifeos -n "__fish_lifeos_using_subcommand person; and __fish_seen_subcommand_from add" -l wide -d 'Tables: show every column whole and ids in full, however wide (by default a table fits the terminal, cutting its widest text column, and ids are shortened)'
complete -c lifeos -n "__fish_lifeos_using_subcommand person; and __fish_seen_subcommand_from add" -l debug -d 'Explain what happens on stderr (paths, credential stores, server calls); secrets never show'
complete -c lifeos -n "__fish_lifeos_using_subcommand person; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand person; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand person; and __fish_seen_subcommand_from list" -l tag -d 'Only rows with this tag' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand person; and __fish_seen_subcommand_from list" -l search -d 'Only rows whose text contains this (case-insensitive)' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand person; and __fish_seen_subcommand_from list" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand person; and __fish_seen_subcommand_from list" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand person; and __fish_seen_subcommand_from list" -l credential-store -d 'Where secrets (database key, session token) are kept: the OS keyring, the passphrase-encrypted file, or environment variables (read-only). Default: the config\'s `credential_store`, else keyring, file, env in that order' -r -f -a "keyring\t'The operating system\'s keyring'
file\t'The passphrase-encrypted file'
env\t'Environment variables (read-only)'"
complete -c lifeos -n "__fish_lifeos_using_subcommand person; and __fish_seen_subcommand_from list" -l all -d 'Include deleted rows (and, for tasks, finished ones)'
complete -c lifeos -n "__fish_lifeos_using_subcommand person; and __fish_seen_subcommand_from list" -l wide -d 'Tables: show every column whole and ids in full, however wide (by default a table fits the terminal, cutting its widest text column, and ids are shortened)'
complete -c lifeos -n "__fish_lifeos_using_subcommand person; and __fish_seen_subcommand_from list" -l debug -d 'Explain what happens on stderr (paths, credential stores, server calls); secrets never show'
complete -c lifeos -n "__fish_lifeos_using_subcommand person; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand person; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand person; and __fish_seen_subcommand_from show" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand person; and __fish_seen_subcommand_from show" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand person; and __fish_seen_subcommand_from show" -l credential-store -d 'Where secrets (database key, session token) are kept: the OS keyring, the passphrase-encrypted file, or environment variables (read-only). Default: the config\'s `credential_store`, else keyring, file, env in that order' -r -f -a "keyring\t'The operating system\'s keyring'
file\t'The passphrase-encrypted file'
env\t'Environment variables (read-only)'"
complete -c lifeos -n "__fish_lifeos_using_subcommand person; and __fish_seen_subcommand_from show" -l wide -d 'Tables: show every column whole and ids in full, however wide (by default a table fits the terminal, cutting its widest text column, and ids are shortened)'
complete -c lifeos -n "__fish_lifeos_using_subcommand person; and __fish_seen_subcommand_from show" -l debug -d 'Explain what happens on stderr (paths, credential stores, server calls); secrets never show'
complete -c lifeos -n "__fish_lifeos_using_subcommand person; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand person; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand person; and __fish_seen_subcommand_from edit" -l expect-version -d 'Fail if the row is no longer at this version (someone else changed it)' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand person; and __fish_seen_subcommand_from edit" -l name -d 'New name' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand person; and __fish_seen_subcommand_from edit" -l email -d 'Add an email address (repeatable)' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand person; and __fish_seen_subcommand_from edit" -l rm-email -d 'Remove an email address (repeatable)' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand person; and __fish_seen_subcommand_from edit" -l phone -d 'Add a phone number (repeatable)' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand person; and __fish_seen_subcommand_from edit" -l rm-phone -d 'Remove a phone number (repeatable)' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand person; and __fish_seen_subcommand_from edit" -l birthday -d 'New birthday: YYYY-MM-DD, or MM-DD (also --MM-DD) without the year' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand person; and __fish_seen_subcommand_from edit" -l notes -d 'New notes' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand person; and __fish_seen_subcommand_from edit" -l tag -d 'Add a tag (repeatable)' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand person; and __fish_seen_subcommand_from edit" -l untag -d 'Remove a tag (repeatable)' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand person; and __fish_seen_subcommand_from edit" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand person; and __fish_seen_subcommand_from edit" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand person; and __fish_seen_subcommand_from edit" -l credential-store -d 'Where secrets (database key, session token) are kept: the OS keyring, the passphrase-encrypted file, or environment variables (read-only). Default: the config\'s `credential_store`, else keyring, file, env in that order' -r -f -a "keyring\t'The operating system\'s keyring'
file\t'The passphrase-encrypted file'
env\t'Environment variables (read-only)'"
complete -c lifeos -n "__fish_lifeos_using_subcommand person; and __fish_seen_subcommand_from edit" -l no-birthday -d 'Remove the birthday'
complete -c lifeos -n "__fish_lifeos_using_subcommand person; and __fish_seen_subcommand_from edit" -l wide -d 'Tables: show every column whole and ids in full, however wide (by default a table fits the terminal, cutting its widest text column, and ids are shortened)'
complete -c lifeos -n "__fish_lifeos_using_subcommand person; and __fish_seen_subcommand_from edit" -l debug -d 'Explain what happens on stderr (paths, credential stores, server calls); secrets never show'
complete -c lifeos -n "__fish_lifeos_using_subcommand person; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand person; and __fish_seen_subcommand_from edit" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand person; and __fish_seen_subcommand_from contacted" -l expect-version -d 'Fail if the row is no longer at this version (someone else changed it)' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand person; and __fish_seen_subcommand_from contacted" -l at -d 'When (RFC 3339); now if omitted' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand person; and __fish_seen_subcommand_from contacted" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand person; and __fish_seen_subcommand_from contacted" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand person; and __fish_seen_subcommand_from contacted" -l credential-store -d 'Where secrets (database key, session token) are kept: the OS keyring, the passphrase-encrypted file, or environment variables (read-only). Default: the config\'s `credential_store`, else keyring, file, env in that order' -r -f -a "keyring\t'The operating system\'s keyring'
file\t'The passphrase-encrypted file'
env\t'Environment variables (read-only)'"
complete -c lifeos -n "__fish_lifeos_using_subcommand person; and __fish_seen_subcommand_from contacted" -l wide -d 'Tables: show every column whole and ids in full, however wide (by default a table fits the terminal, cutting its widest text column, and ids are shortened)'
complete -c lifeos -n "__fish_lifeos_using_subcommand person; and __fish_seen_subcommand_from contacted" -l debug -d 'Explain what happens on stderr (paths, credential stores, server calls); secrets never show'
complete -c lifeos -n "__fish_lifeos_using_subcommand person; and __fish_seen_subcommand_from contacted" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand person; and __fish_seen_subcommand_from contacted" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand person; and __fish_seen_subcommand_from rm" -l expect-version -d 'Fail if the row is no longer at this version (someone else changed it)' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand person; and __fish_seen_subcommand_from rm" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand person; and __fish_seen_subcommand_from rm" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand person; and __fish_seen_subcommand_from rm" -l credential-store -d 'Where secrets (database key, session token) are kept: the OS keyring, the passphrase-encrypted file, or environment variables (read-only). Default: the config\'s `credential_store`, else keyring, file, env in that order' -r -f -a "keyring\t'The operating system\'s keyring'
file\t'The passphrase-encrypted file'
env\t'Environment variables (read-only)'"
complete -c lifeos -n "__fish_lifeos_using_subcommand person; and __fish_seen_subcommand_from rm" -l wide -d 'Tables: show every column whole and ids in full, however wide (by default a table fits the terminal, cutting its widest text column, and ids are shortened)'
complete -c lifeos -n "__fish_lifeos_using_subcommand person; and __fish_seen_subcommand_from rm" -l debug -d 'Explain what happens on stderr (paths, credential stores, server calls); secrets never show'
complete -c lifeos -n "__fish_lifeos_using_subcommand person; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand person; and __fish_seen_subcommand_from rm" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand person; and __fish_seen_subcommand_from restore" -l expect-version -d 'Fail if the row is no longer at this version (someone else changed it)' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand person; and __fish_seen_subcommand_from restore" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand person; and __fish_seen_subcommand_from restore" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand person; and __fish_seen_subcommand_from restore" -l credential-store -d 'Where secrets (database key, session token) are kept: the OS keyring, the passphrase-encrypted file, or environment variables (read-only). Default: the config\'s `credential_store`, else keyring, file, env in that order' -r -f -a "keyring\t'The operating system\'s keyring'
file\t'The passphrase-encrypted file'
env\t'Environment variables (read-only)'"
complete -c lifeos -n "__fish_lifeos_using_subcommand person; and __fish_seen_subcommand_from restore" -l wide -d 'Tables: show every column whole and ids in full, however wide (by default a table fits the terminal, cutting its widest text column, and ids are shortened)'
complete -c lifeos -n "__fish_lifeos_using_subcommand person; and __fish_seen_subcommand_from restore" -l debug -d 'Explain what happens on stderr (paths, credential stores, server calls); secrets never show'
complete -c lifeos -n "__fish_lifeos_using_subcommand person; and __fish_seen_subcommand_from restore" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand person; and __fish_seen_subcommand_from restore" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand person; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a person'
complete -c lifeos -n "__fish_lifeos_using_subcommand person; and __fish_seen_subcommand_from help" -f -a "list" -d 'List people'
complete -c lifeos -n "__fish_lifeos_using_subcommand person; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one person'
complete -c lifeos -n "__fish_lifeos_using_subcommand person; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Change a person'
complete -c lifeos -n "__fish_lifeos_using_subcommand person; and __fish_seen_subcommand_from help" -f -a "contacted" -d 'Record that you were in touch now (or --at a time)'
complete -c lifeos -n "__fish_lifeos_using_subcommand person; and __fish_seen_subcommand_from help" -f -a "rm" -d 'Delete a person (it stays as a tombstone; see restore)'
complete -c lifeos -n "__fish_lifeos_using_subcommand person; and __fish_seen_subcommand_from help" -f -a "restore" -d 'Undo the deletion of a person'
complete -c lifeos -n "__fish_lifeos_using_subcommand person; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lifeos -n "__fish_lifeos_using_subcommand place; and not __fish_seen_subcommand_from add list show edit rm restore help" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand place; and not __fish_seen_subcommand_from add list show edit rm restore help" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand place; and not __fish_seen_subcommand_from add list show edit rm restore help" -l credential-store -d 'Where secrets (database key, session token) are kept: the OS keyring, the passphrase-encrypted file, or environment variables (read-only). Default: the config\'s `credential_store`, else keyring, file, env in that order' -r -f -a "keyring\t'The operating system\'s keyring'
file\t'The passphrase-encrypted file'
env\t'Environment variables (read-only)'"
complete -c lifeos -n "__fish_lifeos_using_subcommand place; and not __fish_seen_subcommand_from add list show edit rm restore help" -l wide -d 'Tables: show every column whole and ids in full, however wide (by default a table fits the terminal, cutting its widest text column, and ids are shortened)'
complete -c lifeos -n "__fish_lifeos_using_subcommand place; and not __fish_seen_subcommand_from add list show edit rm restore help" -l debug -d 'Explain what happens on stderr (paths, credential stores, server calls); secrets never show'
complete -c lifeos -n "__fish_lifeos_using_subcommand place; and not __fish_seen_subcommand_from add list show edit rm restore help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand place; and not __fish_seen_subcommand_from add list show edit rm restore help" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand place; and not __fish_seen_subcommand_from add list show edit rm restore help" -f -a "add" -d 'Add a place'
complete -c lifeos -n "__fish_lifeos_using_subcommand place; and not __fish_seen_subcommand_from add list show edit rm restore help" -f -a "list" -d 'List places'
complete -c lifeos -n "__fish_lifeos_using_subcommand place; and not __fish_seen_subcommand_from add list show edit rm restore help" -f -a "show" -d 'Show one place'
complete -c lifeos -n "__fish_lifeos_using_subcommand place; and not __fish_seen_subcommand_from add list show edit rm restore help" -f -a "edit" -d 'Change a place'
complete -c lifeos -n "__fish_lifeos_using_subcommand place; and not __fish_seen_subcommand_from add list show edit rm restore help" -f -a "rm" -d 'Delete a place (it stays as a tombstone; see restore)'
complete -c lifeos -n "__fish_lifeos_using_subcommand place; and not __fish_seen_subcommand_from add list show edit rm restore help" -f -a "restore" -d 'Undo the deletion of a place'
complete -c lifeos -n "__fish_lifeos_using_subcommand place; and not __fish_seen_subcommand_from add list show edit rm restore help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lifeos -n "__fish_lifeos_using_subcommand place; and __fish_seen_subcommand_from add" -l address -d 'Postal address' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand place; and __fish_seen_subcommand_from add" -l lat -d 'Latitude in degrees (-90 to 90); needs --lon' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand place; and __fish_seen_subcommand_from add" -l lon -d 'Longitude in degrees (-180 to 180); needs --lat' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand place; and __fish_seen_subcommand_from add" -l notes -d 'Notes' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand place; and __fish_seen_subcommand_from add" -l tag -d 'Tag (repeatable)' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand place; and __fish_seen_subcommand_from add" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand place; and __fish_seen_subcommand_from add" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand place; and __fish_seen_subcommand_from add" -l credential-store -d 'Where secrets (database key, session token) are kept: the OS keyring, the passphrase-encrypted file, or environment variables (read-only). Default: the config\'s `credential_store`, else keyring, file, env in that order' -r -f -a "keyring\t'The operating system\'s keyring'
file\t'The passphrase-encrypted file'
env\t'Environment variables (read-only)'"
complete -c lifeos -n "__fish_lifeos_using_subcommand place; and __fish_seen_subcommand_from add" -l wide -d 'Tables: show every column whole and ids in full, however wide (by default a table fits the terminal, cutting its widest text column, and ids are shortened)'
complete -c lifeos -n "__fish_lifeos_using_subcommand place; and __fish_seen_subcommand_from add" -l debug -d 'Explain what happens on stderr (paths, credential stores, server calls); secrets never show'
complete -c lifeos -n "__fish_lifeos_using_subcommand place; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand place; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand place; and __fish_seen_subcommand_from list" -l tag -d 'Only rows with this tag' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand place; and __fish_seen_subcommand_from list" -l search -d 'Only rows whose text contains this (case-insensitive)' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand place; and __fish_seen_subcommand_from list" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand place; and __fish_seen_subcommand_from list" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand place; and __fish_seen_subcommand_from list" -l credential-store -d 'Where secrets (database key, session token) are kept: the OS keyring, the passphrase-encrypted file, or environment variables (read-only). Default: the config\'s `credential_store`, else keyring, file, env in that order' -r -f -a "keyring\t'The operating system\'s keyring'
file\t'The passphrase-encrypted file'
env\t'Environment variables (read-only)'"
complete -c lifeos -n "__fish_lifeos_using_subcommand place; and __fish_seen_subcommand_from list" -l all -d 'Include deleted rows (and, for tasks, finished ones)'
complete -c lifeos -n "__fish_lifeos_using_subcommand place; and __fish_seen_subcommand_from list" -l wide -d 'Tables: show every column whole and ids in full, however wide (by default a table fits the terminal, cutting its widest text column, and ids are shortened)'
complete -c lifeos -n "__fish_lifeos_using_subcommand place; and __fish_seen_subcommand_from list" -l debug -d 'Explain what happens on stderr (paths, credential stores, server calls); secrets never show'
complete -c lifeos -n "__fish_lifeos_using_subcommand place; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand place; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand place; and __fish_seen_subcommand_from show" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand place; and __fish_seen_subcommand_from show" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand place; and __fish_seen_subcommand_from show" -l credential-store -d 'Where secrets (database key, session token) are kept: the OS keyring, the passphrase-encrypted file, or environment variables (read-only). Default: the config\'s `credential_store`, else keyring, file, env in that order' -r -f -a "keyring\t'The operating system\'s keyring'
file\t'The passphrase-encrypted file'
env\t'Environment variables (read-only)'"
complete -c lifeos -n "__fish_lifeos_using_subcommand place; and __fish_seen_subcommand_from show" -l wide -d 'Tables: show every column whole and ids in full, however wide (by default a table fits the terminal, cutting its widest text column, and ids are shortened)'
complete -c lifeos -n "__fish_lifeos_using_subcommand place; and __fish_seen_subcommand_from show" -l debug -d 'Explain what happens on stderr (paths, credential stores, server calls); secrets never show'
complete -c lifeos -n "__fish_lifeos_using_subcommand place; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand place; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand place; and __fish_seen_subcommand_from edit" -l expect-version -d 'Fail if the row is no longer at this version (someone else changed it)' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand place; and __fish_seen_subcommand_from edit" -l name -d 'New name' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand place; and __fish_seen_subcommand_from edit" -l address -d 'New address' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand place; and __fish_seen_subcommand_from edit" -l lat -d 'New latitude; needs --lon' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand place; and __fish_seen_subcommand_from edit" -l lon -d 'New longitude; needs --lat' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand place; and __fish_seen_subcommand_from edit" -l notes -d 'New notes' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand place; and __fish_seen_subcommand_from edit" -l tag -d 'Add a tag (repeatable)' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand place; and __fish_seen_subcommand_from edit" -l untag -d 'Remove a tag (repeatable)' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand place; and __fish_seen_subcommand_from edit" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand place; and __fish_seen_subcommand_from edit" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand place; and __fish_seen_subcommand_from edit" -l credential-store -d 'Where secrets (database key, session token) are kept: the OS keyring, the passphrase-encrypted file, or environment variables (read-only). Default: the config\'s `credential_store`, else keyring, file, env in that order' -r -f -a "keyring\t'The operating system\'s keyring'
file\t'The passphrase-encrypted file'
env\t'Environment variables (read-only)'"
complete -c lifeos -n "__fish_lifeos_using_subcommand place; and __fish_seen_subcommand_from edit" -l no-coords -d 'Remove the coordinates'
complete -c lifeos -n "__fish_lifeos_using_subcommand place; and __fish_seen_subcommand_from edit" -l wide -d 'Tables: show every column whole and ids in full, however wide (by default a table fits the terminal, cutting its widest text column, and ids are shortened)'
complete -c lifeos -n "__fish_lifeos_using_subcommand place; and __fish_seen_subcommand_from edit" -l debug -d 'Explain what happens on stderr (paths, credential stores, server calls); secrets never show'
complete -c lifeos -n "__fish_lifeos_using_subcommand place; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand place; and __fish_seen_subcommand_from edit" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand place; and __fish_seen_subcommand_from rm" -l expect-version -d 'Fail if the row is no longer at this version (someone else changed it)' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand place; and __fish_seen_subcommand_from rm" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand place; and __fish_seen_subcommand_from rm" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand place; and __fish_seen_subcommand_from rm" -l credential-store -d 'Where secrets (database key, session token) are kept: the OS keyring, the passphrase-encrypted file, or environment variables (read-only). Default: the config\'s `credential_store`, else keyring, file, env in that order' -r -f -a "keyring\t'The operating system\'s keyring'
file\t'The passphrase-encrypted file'
env\t'Environment variables (read-only)'"
complete -c lifeos -n "__fish_lifeos_using_subcommand place; and __fish_seen_subcommand_from rm" -l wide -d 'Tables: show every column whole and ids in full, however wide (by default a table fits the terminal, cutting its widest text column, and ids are shortened)'
complete -c lifeos -n "__fish_lifeos_using_subcommand place; and __fish_seen_subcommand_from rm" -l debug -d 'Explain what happens on stderr (paths, credential stores, server calls); secrets never show'
complete -c lifeos -n "__fish_lifeos_using_subcommand place; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand place; and __fish_seen_subcommand_from rm" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand place; and __fish_seen_subcommand_from restore" -l expect-version -d 'Fail if the row is no longer at this version (someone else changed it)' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand place; and __fish_seen_subcommand_from restore" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand place; and __fish_seen_subcommand_from restore" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand place; and __fish_seen_subcommand_from restore" -l credential-store -d 'Where secrets (database key, session token) are kept: the OS keyring, the passphrase-encrypted file, or environment variables (read-only). Default: the config\'s `credential_store`, else keyring, file, env in that order' -r -f -a "keyring\t'The operating system\'s keyring'
file\t'The passphrase-encrypted file'
env\t'Environment variables (read-only)'"
complete -c lifeos -n "__fish_lifeos_using_subcommand place; and __fish_seen_subcommand_from restore" -l wide -d 'Tables: show every column whole and ids in full, however wide (by default a table fits the terminal, cutting its widest text column, and ids are shortened)'
complete -c lifeos -n "__fish_lifeos_using_subcommand place; and __fish_seen_subcommand_from restore" -l debug -d 'Explain what happens on stderr (paths, credential stores, server calls); secrets never show'
complete -c lifeos -n "__fish_lifeos_using_subcommand place; and __fish_seen_subcommand_from restore" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand place; and __fish_seen_subcommand_from restore" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand place; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a place'
complete -c lifeos -n "__fish_lifeos_using_subcommand place; and __fish_seen_subcommand_from help" -f -a "list" -d 'List places'
complete -c lifeos -n "__fish_lifeos_using_subcommand place; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one place'
complete -c lifeos -n "__fish_lifeos_using_subcommand place; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Change a place'
complete -c lifeos -n "__fish_lifeos_using_subcommand place; and __fish_seen_subcommand_from help" -f -a "rm" -d 'Delete a place (it stays as a tombstone; see restore)'
complete -c lifeos -n "__fish_lifeos_using_subcommand place; and __fish_seen_subcommand_from help" -f -a "restore" -d 'Undo the deletion of a place'
complete -c lifeos -n "__fish_lifeos_using_subcommand place; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lifeos -n "__fish_lifeos_using_subcommand habit; and not __fish_seen_subcommand_from add list show edit check uncheck skip log stats archive unarchive rm restore help" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand habit; and not __fish_seen_subcommand_from add list show edit check uncheck skip log stats archive unarchive rm restore help" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand habit; and not __fish_seen_subcommand_from add list show edit check uncheck skip log stats archive unarchive rm restore help" -l credential-store -d 'Where secrets (database key, session token) are kept: the OS keyring, the passphrase-encrypted file, or environment variables (read-only). Default: the config\'s `credential_store`, else keyring, file, env in that order' -r -f -a "keyring\t'The operating system\'s keyring'
file\t'The passphrase-encrypted file'
env\t'Environment variables (read-only)'"
complete -c lifeos -n "__fish_lifeos_using_subcommand habit; and not __fish_seen_subcommand_from add list show edit check uncheck skip log stats archive unarchive rm restore help" -l wide -d 'Tables: show every column whole and ids in full, however wide (by default a table fits the terminal, cutting its widest text column, and ids are shortened)'
complete -c lifeos -n "__fish_lifeos_using_subcommand habit; and not __fish_seen_subcommand_from add list show edit check uncheck skip log stats archive unarchive rm restore help" -l debug -d 'Explain what happens on stderr (paths, credential stores, server calls); secrets never show'
complete -c lifeos -n "__fish_lifeos_using_subcommand habit; and not __fish_seen_subcommand_from add list show edit check uncheck skip log stats archive unarchive rm restore help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand habit; and not __fish_seen_subcommand_from add list show edit check uncheck skip log stats archive unarchive rm restore help" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand habit; and not __fish_seen_subcommand_from add list show edit check uncheck skip log stats archive unarchive rm restore help" -f -a "add" -d 'Add a habit'
complete -c lifeos -n "__fish_lifeos_using_subcommand habit; and not __fish_seen_subcommand_from add list show edit check uncheck skip log stats archive unarchive rm restore help" -f -a "list" -d 'List habits with today\'s state and the current streak'
complete -c lifeos -n "__fish_lifeos_using_subcommand habit; and not __fish_seen_subcommand_from add list show edit check uncheck skip log stats archive unarchive rm restore help" -f -a "show" -d 'Show one habit'
complete -c lifeos -n "__fish_lifeos_using_subcommand habit; and not __fish_seen_subcommand_from add list show edit check uncheck skip log stats archive unarchive rm restore help" -f -a "edit" -d 'Change a habit'
complete -c lifeos -n "__fish_lifeos_using_subcommand habit; and not __fish_seen_subcommand_from add list show edit check uncheck skip log stats archive unarchive rm restore help" -f -a "check" -d 'Check a habit in as done (today, or --date); again on the same day updates it'
complete -c lifeos -n "__fish_lifeos_using_subcommand habit; and not __fish_seen_subcommand_from add list show edit check uncheck skip log stats archive unarchive rm restore help" -f -a "uncheck" -d 'Remove the check-in (done or skipped) of a day'
complete -c lifeos -n "__fish_lifeos_using_subcommand habit; and not __fish_seen_subcommand_from add list show edit check uncheck skip log stats archive unarchive rm restore help" -f -a "skip" -d 'Excuse a day (skip, vacation): it neither counts nor breaks a streak'
complete -c lifeos -n "__fish_lifeos_using_subcommand habit; and not __fish_seen_subcommand_from add list show edit check uncheck skip log stats archive unarchive rm restore help" -f -a "log" -d 'The check-ins of a habit, newest first'
complete -c lifeos -n "__fish_lifeos_using_subcommand habit; and not __fish_seen_subcommand_from add list show edit check uncheck skip log stats archive unarchive rm restore help" -f -a "stats" -d 'Streaks, completion and strength of a habit'
complete -c lifeos -n "__fish_lifeos_using_subcommand habit; and not __fish_seen_subcommand_from add list show edit check uncheck skip log stats archive unarchive rm restore help" -f -a "archive" -d 'Archive a habit: kept with its history, hidden from the list, no check-ins'
complete -c lifeos -n "__fish_lifeos_using_subcommand habit; and not __fish_seen_subcommand_from add list show edit check uncheck skip log stats archive unarchive rm restore help" -f -a "unarchive" -d 'Bring an archived habit back'
complete -c lifeos -n "__fish_lifeos_using_subcommand habit; and not __fish_seen_subcommand_from add list show edit check uncheck skip log stats archive unarchive rm restore help" -f -a "rm" -d 'Delete a habit (it stays as a tombstone; see restore)'
complete -c lifeos -n "__fish_lifeos_using_subcommand habit; and not __fish_seen_subcommand_from add list show edit check uncheck skip log stats archive unarchive rm restore help" -f -a "restore" -d 'Undo the deletion of a habit'
complete -c lifeos -n "__fish_lifeos_using_subcommand habit; and not __fish_seen_subcommand_from add list show edit check uncheck skip log stats archive unarchive rm restore help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lifeos -n "__fish_lifeos_using_subcommand habit; and __fish_seen_subcommand_from add" -l schedule -d 'daily, N/week (e.g. 3/week) or weekdays (e.g. mon,wed,fri)' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand habit; and __fish_seen_subcommand_from add" -l description -d 'A longer description' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand habit; and __fish_seen_subcommand_from add" -l target -d 'An amount to reach each time, e.g. 8 (with --unit glasses)' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand habit; and __fish_seen_subcommand_from add" -l unit -d 'The unit of the target and of check-in values' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand habit; and __fish_seen_subcommand_from add" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand habit; and __fish_seen_subcommand_from add" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand habit; and __fish_seen_subcommand_from add" -l credential-store -d 'Where secrets (database key, session token) are kept: the OS keyring, the passphrase-encrypted file, or environment variables (read-only). Default: the config\'s `credential_store`, else keyring, file, env in that order' -r -f -a "keyring\t'The operating system\'s keyring'
file\t'The passphrase-encrypted file'
env\t'Environment variables (read-only)'"
complete -c lifeos -n "__fish_lifeos_using_subcommand habit; and __fish_seen_subcommand_from add" -l wide -d 'Tables: show every column whole and ids in full, however wide (by default a table fits the terminal, cutting its widest text column, and ids are shortened)'
complete -c lifeos -n "__fish_lifeos_using_subcommand habit; and __fish_seen_subcommand_from add" -l debug -d 'Explain what happens on stderr (paths, credential stores, server calls); secrets never show'
complete -c lifeos -n "__fish_lifeos_using_subcommand habit; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand habit; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand habit; and __fish_seen_subcommand_from list" -l search -d 'Only habits whose name or description contains this (case-insensitive)' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand habit; and __fish_seen_subcommand_from list" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand habit; and __fish_seen_subcommand_from list" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand habit; and __fish_seen_subcommand_from list" -l credential-store -d 'Where secrets (database key, session token) are kept: the OS keyring, the passphrase-encrypted file, or environment variables (read-only). Default: the config\'s `credential_store`, else keyring, file, env in that order' -r -f -a "keyring\t'The operating system\'s keyring'
file\t'The passphrase-encrypted file'
env\t'Environment variables (read-only)'"
complete -c lifeos -n "__fish_lifeos_using_subcommand habit; and __fish_seen_subcommand_from list" -l archived -d 'Include archived habits'
complete -c lifeos -n "__fish_lifeos_using_subcommand habit; and __fish_seen_subcommand_from list" -l all -d 'Include archived and deleted habits'
complete -c lifeos -n "__fish_lifeos_using_subcommand habit; and __fish_seen_subcommand_from list" -l wide -d 'Tables: show every column whole and ids in full, however wide (by default a table fits the terminal, cutting its widest text column, and ids are shortened)'
complete -c lifeos -n "__fish_lifeos_using_subcommand habit; and __fish_seen_subcommand_from list" -l debug -d 'Explain what happens on stderr (paths, credential stores, server calls); secrets never show'
complete -c lifeos -n "__fish_lifeos_using_subcommand habit; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand habit; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand habit; and __fish_seen_subcommand_from show" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand habit; and __fish_seen_subcommand_from show" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand habit; and __fish_seen_subcommand_from show" -l credential-store -d 'Where secrets (database key, session token) are kept: the OS keyring, the passphrase-encrypted file, or environment variables (read-only). Default: the config\'s `credential_store`, else keyring, file, env in that order' -r -f -a "keyring\t'The operating system\'s keyring'
file\t'The passphrase-encrypted file'
env\t'Environment variables (read-only)'"
complete -c lifeos -n "__fish_lifeos_using_subcommand habit; and __fish_seen_subcommand_from show" -l wide -d 'Tables: show every column whole and ids in full, however wide (by default a table fits the terminal, cutting its widest text column, and ids are shortened)'
complete -c lifeos -n "__fish_lifeos_using_subcommand habit; and __fish_seen_subcommand_from show" -l debug -d 'Explain what happens on stderr (paths, credential stores, server calls); secrets never show'
complete -c lifeos -n "__fish_lifeos_using_subcommand habit; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand habit; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand habit; and __fish_seen_subcommand_from edit" -l expect-version -d 'Fail if the habit is no longer at this version (someone else changed it)' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand habit; and __fish_seen_subcommand_from edit" -l name -d 'New name' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand habit; and __fish_seen_subcommand_from edit" -l schedule -d 'New schedule' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand habit; and __fish_seen_subcommand_from edit" -l description -d 'New description' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand habit; and __fish_seen_subcommand_from edit" -l target -d 'New target amount' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand habit; and __fish_seen_subcommand_from edit" -l unit -d 'New unit' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand habit; and __fish_seen_subcommand_from edit" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand habit; and __fish_seen_subcommand_from edit" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand habit; and __fish_seen_subcommand_from edit" -l credential-store -d 'Where secrets (database key, session token) are kept: the OS keyring, the passphrase-encrypted file, or environment variables (read-only). Default: the config\'s `credential_store`, else keyring, file, env in that order' -r -f -a "keyring\t'The operating system\'s keyring'
file\t'The passphrase-encrypted file'
env\t'Environment variables (read-only)'"
complete -c lifeos -n "__fish_lifeos_using_subcommand habit; and __fish_seen_subcommand_from edit" -l no-target -d 'Remove the target'
complete -c lifeos -n "__fish_lifeos_using_subcommand habit; and __fish_seen_subcommand_from edit" -l wide -d 'Tables: show every column whole and ids in full, however wide (by default a table fits the terminal, cutting its widest text column, and ids are shortened)'
complete -c lifeos -n "__fish_lifeos_using_subcommand habit; and __fish_seen_subcommand_from edit" -l debug -d 'Explain what happens on stderr (paths, credential stores, server calls); secrets never show'
complete -c lifeos -n "__fish_lifeos_using_subcommand habit; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand habit; and __fish_seen_subcommand_from edit" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand habit; and __fish_seen_subcommand_from check" -l date -d 'The day: YYYY-MM-DD, today (default) or yesterday' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand habit; and __fish_seen_subcommand_from check" -l value -d 'An amount, e.g. 8 (glasses)' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand habit; and __fish_seen_subcommand_from check" -l note -d 'A note' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand habit; and __fish_seen_subcommand_from check" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand habit; and __fish_seen_subcommand_from check" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand habit; and __fish_seen_subcommand_from check" -l credential-store -d 'Where secrets (database key, session token) are kept: the OS keyring, the passphrase-encrypted file, or environment variables (read-only). Default: the config\'s `credential_store`, else keyring, file, env in that order' -r -f -a "keyring\t'The operating system\'s keyring'
file\t'The passphrase-encrypted file'
env\t'Environment variables (read-only)'"
complete -c lifeos -n "__fish_lifeos_using_subcommand habit; and __fish_seen_subcommand_from check" -l wide -d 'Tables: show every column whole and ids in full, however wide (by default a table fits the terminal, cutting its widest text column, and ids are shortened)'
complete -c lifeos -n "__fish_lifeos_using_subcommand habit; and __fish_seen_subcommand_from check" -l debug -d 'Explain what happens on stderr (paths, credential stores, server calls); secrets never show'
complete -c lifeos -n "__fish_lifeos_using_subcommand habit; and __fish_seen_subcommand_from check" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand habit; and __fish_seen_subcommand_from check" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand habit; and __fish_seen_subcommand_from uncheck" -l date -d 'The day: YYYY-MM-DD, today (default) or yesterday' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand habit; and __fish_seen_subcommand_from uncheck" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand habit; and __fish_seen_subcommand_from uncheck" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand habit; and __fish_seen_subcommand_from uncheck" -l credential-store -d 'Where secrets (database key, session token) are kept: the OS keyring, the passphrase-encrypted file, or environment variables (read-only). Default: the config\'s `credential_store`, else keyring, file, env in that order' -r -f -a "keyring\t'The operating system\'s keyring'
file\t'The passphrase-encrypted file'
env\t'Environment variables (read-only)'"
complete -c lifeos -n "__fish_lifeos_using_subcommand habit; and __fish_seen_subcommand_from uncheck" -l wide -d 'Tables: show every column whole and ids in full, however wide (by default a table fits the terminal, cutting its widest text column, and ids are shortened)'
complete -c lifeos -n "__fish_lifeos_using_subcommand habit; and __fish_seen_subcommand_from uncheck" -l debug -d 'Explain what happens on stderr (paths, credential stores, server calls); secrets never show'
complete -c lifeos -n "__fish_lifeos_using_subcommand habit; and __fish_seen_subcommand_from uncheck" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand habit; and __fish_seen_subcommand_from uncheck" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand habit; and __fish_seen_subcommand_from skip" -l date -d 'The day: YYYY-MM-DD, today (default) or yesterday' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand habit; and __fish_seen_subcommand_from skip" -l note -d 'Why (vacation, sick, …)' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand habit; and __fish_seen_subcommand_from skip" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand habit; and __fish_seen_subcommand_from skip" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand habit; and __fish_seen_subcommand_from skip" -l credential-store -d 'Where secrets (database key, session token) are kept: the OS keyring, the passphrase-encrypted file, or environment variables (read-only). Default: the config\'s `credential_store`, else keyring, file, env in that order' -r -f -a "keyring\t'The operating system\'s keyring'
file\t'The passphrase-encrypted file'
env\t'Environment variables (read-only)'"
complete -c lifeos -n "__fish_lifeos_using_subcommand habit; and __fish_seen_subcommand_from skip" -l wide -d 'Tables: show every column whole and ids in full, however wide (by default a table fits the terminal, cutting its widest text column, and ids are shortened)'
complete -c lifeos -n "__fish_lifeos_using_subcommand habit; and __fish_seen_subcommand_from skip" -l debug -d 'Explain what happens on stderr (paths, credential stores, server calls); secrets never show'
complete -c lifeos -n "__fish_lifeos_using_subcommand habit; and __fish_seen_subcommand_from skip" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand habit; and __fish_seen_subcommand_from skip" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand habit; and __fish_seen_subcommand_from log" -l days -d 'Only the last N days' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand habit; and __fish_seen_subcommand_from log" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand habit; and __fish_seen_subcommand_from log" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand habit; and __fish_seen_subcommand_from log" -l credential-store -d 'Where secrets (database key, session token) are kept: the OS keyring, the passphrase-encrypted file, or environment variables (read-only). Default: the config\'s `credential_store`, else keyring, file, env in that order' -r -f -a "keyring\t'The operating system\'s keyring'
file\t'The passphrase-encrypted file'
env\t'Environment variables (read-only)'"
complete -c lifeos -n "__fish_lifeos_using_subcommand habit; and __fish_seen_subcommand_from log" -l wide -d 'Tables: show every column whole and ids in full, however wide (by default a table fits the terminal, cutting its widest text column, and ids are shortened)'
complete -c lifeos -n "__fish_lifeos_using_subcommand habit; and __fish_seen_subcommand_from log" -l debug -d 'Explain what happens on stderr (paths, credential stores, server calls); secrets never show'
complete -c lifeos -n "__fish_lifeos_using_subcommand habit; and __fish_seen_subcommand_from log" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand habit; and __fish_seen_subcommand_from log" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand habit; and __fish_seen_subcommand_from stats" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand habit; and __fish_seen_subcommand_from stats" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand habit; and __fish_seen_subcommand_from stats" -l credential-store -d 'Where secrets (database key, session token) are kept: the OS keyring, the passphrase-encrypted file, or environment variables (read-only). Default: the config\'s `credential_store`, else keyring, file, env in that order' -r -f -a "keyring\t'The operating system\'s keyring'
file\t'The passphrase-encrypted file'
env\t'Environment variables (read-only)'"
complete -c lifeos -n "__fish_lifeos_using_subcommand habit; and __fish_seen_subcommand_from stats" -l wide -d 'Tables: show every column whole and ids in full, however wide (by default a table fits the terminal, cutting its widest text column, and ids are shortened)'
complete -c lifeos -n "__fish_lifeos_using_subcommand habit; and __fish_seen_subcommand_from stats" -l debug -d 'Explain what happens on stderr (paths, credential stores, server calls); secrets never show'
complete -c lifeos -n "__fish_lifeos_using_subcommand habit; and __fish_seen_subcommand_from stats" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand habit; and __fish_seen_subcommand_from stats" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand habit; and __fish_seen_subcommand_from archive" -l expect-version -d 'Fail if the habit is no longer at this version (someone else changed it)' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand habit; and __fish_seen_subcommand_from archive" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand habit; and __fish_seen_subcommand_from archive" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand habit; and __fish_seen_subcommand_from archive" -l credential-store -d 'Where secrets (database key, session token) are kept: the OS keyring, the passphrase-encrypted file, or environment variables (read-only). Default: the config\'s `credential_store`, else keyring, file, env in that order' -r -f -a "keyring\t'The operating system\'s keyring'
file\t'The passphrase-encrypted file'
env\t'Environment variables (read-only)'"
complete -c lifeos -n "__fish_lifeos_using_subcommand habit; and __fish_seen_subcommand_from archive" -l wide -d 'Tables: show every column whole and ids in full, however wide (by default a table fits the terminal, cutting its widest text column, and ids are shortened)'
complete -c lifeos -n "__fish_lifeos_using_subcommand habit; and __fish_seen_subcommand_from archive" -l debug -d 'Explain what happens on stderr (paths, credential stores, server calls); secrets never show'
complete -c lifeos -n "__fish_lifeos_using_subcommand habit; and __fish_seen_subcommand_from archive" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand habit; and __fish_seen_subcommand_from archive" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand habit; and __fish_seen_subcommand_from unarchive" -l expect-version -d 'Fail if the habit is no longer at this version (someone else changed it)' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand habit; and __fish_seen_subcommand_from unarchive" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand habit; and __fish_seen_subcommand_from unarchive" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand habit; and __fish_seen_subcommand_from unarchive" -l credential-store -d 'Where secrets (database key, session token) are kept: the OS keyring, the passphrase-encrypted file, or environment variables (read-only). Default: the config\'s `credential_store`, else keyring, file, env in that order' -r -f -a "keyring\t'The operating system\'s keyring'
file\t'The passphrase-encrypted file'
env\t'Environment variables (read-only)'"
complete -c lifeos -n "__fish_lifeos_using_subcommand habit; and __fish_seen_subcommand_from unarchive" -l wide -d 'Tables: show every column whole and ids in full, however wide (by default a table fits the terminal, cutting its widest text column, and ids are shortened)'
complete -c lifeos -n "__fish_lifeos_using_subcommand habit; and __fish_seen_subcommand_from unarchive" -l debug -d 'Explain what happens on stderr (paths, credential stores, server calls); secrets never show'
complete -c lifeos -n "__fish_lifeos_using_subcommand habit; and __fish_seen_subcommand_from unarchive" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand habit; and __fish_seen_subcommand_from unarchive" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand habit; and __fish_seen_subcommand_from rm" -l expect-version -d 'Fail if the habit is no longer at this version (someone else changed it)' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand habit; and __fish_seen_subcommand_from rm" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand habit; and __fish_seen_subcommand_from rm" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand habit; and __fish_seen_subcommand_from rm" -l credential-store -d 'Where secrets (database key, session token) are kept: the OS keyring, the passphrase-encrypted file, or environment variables (read-only). Default: the config\'s `credential_store`, else keyring, file, env in that order' -r -f -a "keyring\t'The operating system\'s keyring'
file\t'The passphrase-encrypted file'
env\t'Environment variables (read-only)'"
complete -c lifeos -n "__fish_lifeos_using_subcommand habit; and __fish_seen_subcommand_from rm" -l wide -d 'Tables: show every column whole and ids in full, however wide (by default a table fits the terminal, cutting its widest text column, and ids are shortened)'
complete -c lifeos -n "__fish_lifeos_using_subcommand habit; and __fish_seen_subcommand_from rm" -l debug -d 'Explain what happens on stderr (paths, credential stores, server calls); secrets never show'
complete -c lifeos -n "__fish_lifeos_using_subcommand habit; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand habit; and __fish_seen_subcommand_from rm" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand habit; and __fish_seen_subcommand_from restore" -l expect-version -d 'Fail if the row is no longer at this version (someone else changed it)' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand habit; and __fish_seen_subcommand_from restore" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand habit; and __fish_seen_subcommand_from restore" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand habit; and __fish_seen_subcommand_from restore" -l credential-store -d 'Where secrets (database key, session token) are kept: the OS keyring, the passphrase-encrypted file, or environment variables (read-only). Default: the config\'s `credential_store`, else keyring, file, env in that order' -r -f -a "keyring\t'The operating system\'s keyring'
file\t'The passphrase-encrypted file'
env\t'Environment variables (read-only)'"
complete -c lifeos -n "__fish_lifeos_using_subcommand habit; and __fish_seen_subcommand_from restore" -l wide -d 'Tables: show every column whole and ids in full, however wide (by default a table fits the terminal, cutting its widest text column, and ids are shortened)'
complete -c lifeos -n "__fish_lifeos_using_subcommand habit; and __fish_seen_subcommand_from restore" -l debug -d 'Explain what happens on stderr (paths, credential stores, server calls); secrets never show'
complete -c lifeos -n "__fish_lifeos_using_subcommand habit; and __fish_seen_subcommand_from restore" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand habit; and __fish_seen_subcommand_from restore" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand habit; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a habit'
complete -c lifeos -n "__fish_lifeos_using_subcommand habit; and __fish_seen_subcommand_from help" -f -a "list" -d 'List habits with today\'s state and the current streak'
complete -c lifeos -n "__fish_lifeos_using_subcommand habit; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one habit'
complete -c lifeos -n "__fish_lifeos_using_subcommand habit; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Change a habit'
complete -c lifeos -n "__fish_lifeos_using_subcommand habit; and __fish_seen_subcommand_from help" -f -a "check" -d 'Check a habit in as done (today, or --date); again on the same day updates it'
complete -c lifeos -n "__fish_lifeos_using_subcommand habit; and __fish_seen_subcommand_from help" -f -a "uncheck" -d 'Remove the check-in (done or skipped) of a day'
complete -c lifeos -n "__fish_lifeos_using_subcommand habit; and __fish_seen_subcommand_from help" -f -a "skip" -d 'Excuse a day (skip, vacation): it neither counts nor breaks a streak'
complete -c lifeos -n "__fish_lifeos_using_subcommand habit; and __fish_seen_subcommand_from help" -f -a "log" -d 'The check-ins of a habit, newest first'
complete -c lifeos -n "__fish_lifeos_using_subcommand habit; and __fish_seen_subcommand_from help" -f -a "stats" -d 'Streaks, completion and strength of a habit'
complete -c lifeos -n "__fish_lifeos_using_subcommand habit; and __fish_seen_subcommand_from help" -f -a "archive" -d 'Archive a habit: kept with its history, hidden from the list, no check-ins'
complete -c lifeos -n "__fish_lifeos_using_subcommand habit; and __fish_seen_subcommand_from help" -f -a "unarchive" -d 'Bring an archived habit back'
complete -c lifeos -n "__fish_lifeos_using_subcommand habit; and __fish_seen_subcommand_from help" -f -a "rm" -d 'Delete a habit (it stays as a tombstone; see restore)'
complete -c lifeos -n "__fish_lifeos_using_subcommand habit; and __fish_seen_subcommand_from help" -f -a "restore" -d 'Undo the deletion of a habit'
complete -c lifeos -n "__fish_lifeos_using_subcommand habit; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lifeos -n "__fish_lifeos_using_subcommand fast; and not __fish_seen_subcommand_from start stop status list stats edit rm restore help" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand fast; and not __fish_seen_subcommand_from start stop status list stats edit rm restore help" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand fast; and not __fish_seen_subcommand_from start stop status list stats edit rm restore help" -l credential-store -d 'Where secrets (database key, session token) are kept: the OS keyring, the passphrase-encrypted file, or environment variables (read-only). Default: the config\'s `credential_store`, else keyring, file, env in that order' -r -f -a "keyring\t'The operating system\'s keyring'
file\t'The passphrase-encrypted file'
env\t'Environment variables (read-only)'"
complete -c lifeos -n "__fish_lifeos_using_subcommand fast; and not __fish_seen_subcommand_from start stop status list stats edit rm restore help" -l wide -d 'Tables: show every column whole and ids in full, however wide (by default a table fits the terminal, cutting its widest text column, and ids are shortened)'
complete -c lifeos -n "__fish_lifeos_using_subcommand fast; and not __fish_seen_subcommand_from start stop status list stats edit rm restore help" -l debug -d 'Explain what happens on stderr (paths, credential stores, server calls); secrets never show'
complete -c lifeos -n "__fish_lifeos_using_subcommand fast; and not __fish_seen_subcommand_from start stop status list stats edit rm restore help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand fast; and not __fish_seen_subcommand_from start stop status list stats edit rm restore help" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand fast; and not __fish_seen_subcommand_from start stop status list stats edit rm restore help" -f -a "start" -d 'Start a fast (one runs at a time)'
complete -c lifeos -n "__fish_lifeos_using_subcommand fast; and not __fish_seen_subcommand_from start stop status list stats edit rm restore help" -f -a "stop" -d 'End the running fast'
complete -c lifeos -n "__fish_lifeos_using_subcommand fast; and not __fish_seen_subcommand_from start stop status list stats edit rm restore help" -f -a "status" -d 'The running fast: elapsed and remaining time'
complete -c lifeos -n "__fish_lifeos_using_subcommand fast; and not __fish_seen_subcommand_from start stop status list stats edit rm restore help" -f -a "list" -d 'Past and running fasts, oldest first'
complete -c lifeos -n "__fish_lifeos_using_subcommand fast; and not __fish_seen_subcommand_from start stop status list stats edit rm restore help" -f -a "stats" -d 'Count, average and longest duration, and the share that met their target'
complete -c lifeos -n "__fish_lifeos_using_subcommand fast; and not __fish_seen_subcommand_from start stop status list stats edit rm restore help" -f -a "edit" -d 'Change a fast'
complete -c lifeos -n "__fish_lifeos_using_subcommand fast; and not __fish_seen_subcommand_from start stop status list stats edit rm restore help" -f -a "rm" -d 'Delete a fast (it stays as a tombstone; see restore)'
complete -c lifeos -n "__fish_lifeos_using_subcommand fast; and not __fish_seen_subcommand_from start stop status list stats edit rm restore help" -f -a "restore" -d 'Undo the deletion of a fast'
complete -c lifeos -n "__fish_lifeos_using_subcommand fast; and not __fish_seen_subcommand_from start stop status list stats edit rm restore help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lifeos -n "__fish_lifeos_using_subcommand fast; and __fish_seen_subcommand_from start" -l target -d 'The goal: 16h, 16h30m, 90m, 1d, or a number of hours' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand fast; and __fish_seen_subcommand_from start" -l at -d 'When it began, if not now: RFC 3339, YYYY-MM-DDTHH:MM or HH:MM (local time)' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand fast; and __fish_seen_subcommand_from start" -l note -d 'A note' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand fast; and __fish_seen_subcommand_from start" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand fast; and __fish_seen_subcommand_from start" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand fast; and __fish_seen_subcommand_from start" -l credential-store -d 'Where secrets (database key, session token) are kept: the OS keyring, the passphrase-encrypted file, or environment variables (read-only). Default: the config\'s `credential_store`, else keyring, file, env in that order' -r -f -a "keyring\t'The operating system\'s keyring'
file\t'The passphrase-encrypted file'
env\t'Environment variables (read-only)'"
complete -c lifeos -n "__fish_lifeos_using_subcommand fast; and __fish_seen_subcommand_from start" -l wide -d 'Tables: show every column whole and ids in full, however wide (by default a table fits the terminal, cutting its widest text column, and ids are shortened)'
complete -c lifeos -n "__fish_lifeos_using_subcommand fast; and __fish_seen_subcommand_from start" -l debug -d 'Explain what happens on stderr (paths, credential stores, server calls); secrets never show'
complete -c lifeos -n "__fish_lifeos_using_subcommand fast; and __fish_seen_subcommand_from start" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand fast; and __fish_seen_subcommand_from start" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand fast; and __fish_seen_subcommand_from stop" -l at -d 'When it ended, if not now: RFC 3339, YYYY-MM-DDTHH:MM or HH:MM (local time)' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand fast; and __fish_seen_subcommand_from stop" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand fast; and __fish_seen_subcommand_from stop" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand fast; and __fish_seen_subcommand_from stop" -l credential-store -d 'Where secrets (database key, session token) are kept: the OS keyring, the passphrase-encrypted file, or environment variables (read-only). Default: the config\'s `credential_store`, else keyring, file, env in that order' -r -f -a "keyring\t'The operating system\'s keyring'
file\t'The passphrase-encrypted file'
env\t'Environment variables (read-only)'"
complete -c lifeos -n "__fish_lifeos_using_subcommand fast; and __fish_seen_subcommand_from stop" -l wide -d 'Tables: show every column whole and ids in full, however wide (by default a table fits the terminal, cutting its widest text column, and ids are shortened)'
complete -c lifeos -n "__fish_lifeos_using_subcommand fast; and __fish_seen_subcommand_from stop" -l debug -d 'Explain what happens on stderr (paths, credential stores, server calls); secrets never show'
complete -c lifeos -n "__fish_lifeos_using_subcommand fast; and __fish_seen_subcommand_from stop" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand fast; and __fish_seen_subcommand_from stop" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand fast; and __fish_seen_subcommand_from status" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand fast; and __fish_seen_subcommand_from status" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand fast; and __fish_seen_subcommand_from status" -l credential-store -d 'Where secrets (database key, session token) are kept: the OS keyring, the passphrase-encrypted file, or environment variables (read-only). Default: the config\'s `credential_store`, else keyring, file, env in that order' -r -f -a "keyring\t'The operating system\'s keyring'
file\t'The passphrase-encrypted file'
env\t'Environment variables (read-only)'"
complete -c lifeos -n "__fish_lifeos_using_subcommand fast; and __fish_seen_subcommand_from status" -l wide -d 'Tables: show every column whole and ids in full, however wide (by default a table fits the terminal, cutting its widest text column, and ids are shortened)'
complete -c lifeos -n "__fish_lifeos_using_subcommand fast; and __fish_seen_subcommand_from status" -l debug -d 'Explain what happens on stderr (paths, credential stores, server calls); secrets never show'
complete -c lifeos -n "__fish_lifeos_using_subcommand fast; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand fast; and __fish_seen_subcommand_from status" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand fast; and __fish_seen_subcommand_from list" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand fast; and __fish_seen_subcommand_from list" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand fast; and __fish_seen_subcommand_from list" -l credential-store -d 'Where secrets (database key, session token) are kept: the OS keyring, the passphrase-encrypted file, or environment variables (read-only). Default: the config\'s `credential_store`, else keyring, file, env in that order' -r -f -a "keyring\t'The operating system\'s keyring'
file\t'The passphrase-encrypted file'
env\t'Environment variables (read-only)'"
complete -c lifeos -n "__fish_lifeos_using_subcommand fast; and __fish_seen_subcommand_from list" -l all -d 'Include deleted fasts'
complete -c lifeos -n "__fish_lifeos_using_subcommand fast; and __fish_seen_subcommand_from list" -l wide -d 'Tables: show every column whole and ids in full, however wide (by default a table fits the terminal, cutting its widest text column, and ids are shortened)'
complete -c lifeos -n "__fish_lifeos_using_subcommand fast; and __fish_seen_subcommand_from list" -l debug -d 'Explain what happens on stderr (paths, credential stores, server calls); secrets never show'
complete -c lifeos -n "__fish_lifeos_using_subcommand fast; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand fast; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand fast; and __fish_seen_subcommand_from stats" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand fast; and __fish_seen_subcommand_from stats" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand fast; and __fish_seen_subcommand_from stats" -l credential-store -d 'Where secrets (database key, session token) are kept: the OS keyring, the passphrase-encrypted file, or environment variables (read-only). Default: the config\'s `credential_store`, else keyring, file, env in that order' -r -f -a "keyring\t'The operating system\'s keyring'
file\t'The passphrase-encrypted file'
env\t'Environment variables (read-only)'"
complete -c lifeos -n "__fish_lifeos_using_subcommand fast; and __fish_seen_subcommand_from stats" -l wide -d 'Tables: show every column whole and ids in full, however wide (by default a table fits the terminal, cutting its widest text column, and ids are shortened)'
complete -c lifeos -n "__fish_lifeos_using_subcommand fast; and __fish_seen_subcommand_from stats" -l debug -d 'Explain what happens on stderr (paths, credential stores, server calls); secrets never show'
complete -c lifeos -n "__fish_lifeos_using_subcommand fast; and __fish_seen_subcommand_from stats" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand fast; and __fish_seen_subcommand_from stats" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand fast; and __fish_seen_subcommand_from edit" -l expect-version -d 'Fail if the row is no longer at this version (someone else changed it)' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand fast; and __fish_seen_subcommand_from edit" -l start -d 'New start: RFC 3339, YYYY-MM-DDTHH:MM or HH:MM (local time)' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand fast; and __fish_seen_subcommand_from edit" -l end -d 'New end' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand fast; and __fish_seen_subcommand_from edit" -l target-duration -d 'New target: 16h, 16h30m, 90m, 1d, or a number of hours' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand fast; and __fish_seen_subcommand_from edit" -l note -d 'New note' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand fast; and __fish_seen_subcommand_from edit" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand fast; and __fish_seen_subcommand_from edit" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand fast; and __fish_seen_subcommand_from edit" -l credential-store -d 'Where secrets (database key, session token) are kept: the OS keyring, the passphrase-encrypted file, or environment variables (read-only). Default: the config\'s `credential_store`, else keyring, file, env in that order' -r -f -a "keyring\t'The operating system\'s keyring'
file\t'The passphrase-encrypted file'
env\t'Environment variables (read-only)'"
complete -c lifeos -n "__fish_lifeos_using_subcommand fast; and __fish_seen_subcommand_from edit" -l running -d 'Make it running again (no end)'
complete -c lifeos -n "__fish_lifeos_using_subcommand fast; and __fish_seen_subcommand_from edit" -l no-target -d 'Remove the target'
complete -c lifeos -n "__fish_lifeos_using_subcommand fast; and __fish_seen_subcommand_from edit" -l wide -d 'Tables: show every column whole and ids in full, however wide (by default a table fits the terminal, cutting its widest text column, and ids are shortened)'
complete -c lifeos -n "__fish_lifeos_using_subcommand fast; and __fish_seen_subcommand_from edit" -l debug -d 'Explain what happens on stderr (paths, credential stores, server calls); secrets never show'
complete -c lifeos -n "__fish_lifeos_using_subcommand fast; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand fast; and __fish_seen_subcommand_from edit" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand fast; and __fish_seen_subcommand_from rm" -l expect-version -d 'Fail if the row is no longer at this version (someone else changed it)' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand fast; and __fish_seen_subcommand_from rm" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand fast; and __fish_seen_subcommand_from rm" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand fast; and __fish_seen_subcommand_from rm" -l credential-store -d 'Where secrets (database key, session token) are kept: the OS keyring, the passphrase-encrypted file, or environment variables (read-only). Default: the config\'s `credential_store`, else keyring, file, env in that order' -r -f -a "keyring\t'The operating system\'s keyring'
file\t'The passphrase-encrypted file'
env\t'Environment variables (read-only)'"
complete -c lifeos -n "__fish_lifeos_using_subcommand fast; and __fish_seen_subcommand_from rm" -l wide -d 'Tables: show every column whole and ids in full, however wide (by default a table fits the terminal, cutting its widest text column, and ids are shortened)'
complete -c lifeos -n "__fish_lifeos_using_subcommand fast; and __fish_seen_subcommand_from rm" -l debug -d 'Explain what happens on stderr (paths, credential stores, server calls); secrets never show'
complete -c lifeos -n "__fish_lifeos_using_subcommand fast; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand fast; and __fish_seen_subcommand_from rm" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand fast; and __fish_seen_subcommand_from restore" -l expect-version -d 'Fail if the row is no longer at this version (someone else changed it)' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand fast; and __fish_seen_subcommand_from restore" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand fast; and __fish_seen_subcommand_from restore" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand fast; and __fish_seen_subcommand_from restore" -l credential-store -d 'Where secrets (database key, session token) are kept: the OS keyring, the passphrase-encrypted file, or environment variables (read-only). Default: the config\'s `credential_store`, else keyring, file, env in that order' -r -f -a "keyring\t'The operating system\'s keyring'
file\t'The passphrase-encrypted file'
env\t'Environment variables (read-only)'"
complete -c lifeos -n "__fish_lifeos_using_subcommand fast; and __fish_seen_subcommand_from restore" -l wide -d 'Tables: show every column whole and ids in full, however wide (by default a table fits the terminal, cutting its widest text column, and ids are shortened)'
complete -c lifeos -n "__fish_lifeos_using_subcommand fast; and __fish_seen_subcommand_from restore" -l debug -d 'Explain what happens on stderr (paths, credential stores, server calls); secrets never show'
complete -c lifeos -n "__fish_lifeos_using_subcommand fast; and __fish_seen_subcommand_from restore" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand fast; and __fish_seen_subcommand_from restore" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand fast; and __fish_seen_subcommand_from help" -f -a "start" -d 'Start a fast (one runs at a time)'
complete -c lifeos -n "__fish_lifeos_using_subcommand fast; and __fish_seen_subcommand_from help" -f -a "stop" -d 'End the running fast'
complete -c lifeos -n "__fish_lifeos_using_subcommand fast; and __fish_seen_subcommand_from help" -f -a "status" -d 'The running fast: elapsed and remaining time'
complete -c lifeos -n "__fish_lifeos_using_subcommand fast; and __fish_seen_subcommand_from help" -f -a "list" -d 'Past and running fasts, oldest first'
complete -c lifeos -n "__fish_lifeos_using_subcommand fast; and __fish_seen_subcommand_from help" -f -a "stats" -d 'Count, average and longest duration, and the share that met their target'
complete -c lifeos -n "__fish_lifeos_using_subcommand fast; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Change a fast'
complete -c lifeos -n "__fish_lifeos_using_subcommand fast; and __fish_seen_subcommand_from help" -f -a "rm" -d 'Delete a fast (it stays as a tombstone; see restore)'
complete -c lifeos -n "__fish_lifeos_using_subcommand fast; and __fish_seen_subcommand_from help" -f -a "restore" -d 'Undo the deletion of a fast'
complete -c lifeos -n "__fish_lifeos_using_subcommand fast; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lifeos -n "__fish_lifeos_using_subcommand account; and not __fish_seen_subcommand_from add list show edit rm restore help" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand account; and not __fish_seen_subcommand_from add list show edit rm restore help" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand account; and not __fish_seen_subcommand_from add list show edit rm restore help" -l credential-store -d 'Where secrets (database key, session token) are kept: the OS keyring, the passphrase-encrypted file, or environment variables (read-only). Default: the config\'s `credential_store`, else keyring, file, env in that order' -r -f -a "keyring\t'The operating system\'s keyring'
file\t'The passphrase-encrypted file'
env\t'Environment variables (read-only)'"
complete -c lifeos -n "__fish_lifeos_using_subcommand account; and not __fish_seen_subcommand_from add list show edit rm restore help" -l wide -d 'Tables: show every column whole and ids in full, however wide (by default a table fits the terminal, cutting its widest text column, and ids are shortened)'
complete -c lifeos -n "__fish_lifeos_using_subcommand account; and not __fish_seen_subcommand_from add list show edit rm restore help" -l debug -d 'Explain what happens on stderr (paths, credential stores, server calls); secrets never show'
complete -c lifeos -n "__fish_lifeos_using_subcommand account; and not __fish_seen_subcommand_from add list show edit rm restore help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand account; and not __fish_seen_subcommand_from add list show edit rm restore help" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand account; and not __fish_seen_subcommand_from add list show edit rm restore help" -f -a "add" -d 'Add an account'
complete -c lifeos -n "__fish_lifeos_using_subcommand account; and not __fish_seen_subcommand_from add list show edit rm restore help" -f -a "list" -d 'List accounts (not archived ones unless --all)'
complete -c lifeos -n "__fish_lifeos_using_subcommand account; and not __fish_seen_subcommand_from add list show edit rm restore help" -f -a "show" -d 'Show one account'
complete -c lifeos -n "__fish_lifeos_using_subcommand account; and not __fish_seen_subcommand_from add list show edit rm restore help" -f -a "edit" -d 'Change an account'
complete -c lifeos -n "__fish_lifeos_using_subcommand account; and not __fish_seen_subcommand_from add list show edit rm restore help" -f -a "rm" -d 'Delete an account (it stays as a tombstone; see restore)'
complete -c lifeos -n "__fish_lifeos_using_subcommand account; and not __fish_seen_subcommand_from add list show edit rm restore help" -f -a "restore" -d 'Undo the deletion of an account'
complete -c lifeos -n "__fish_lifeos_using_subcommand account; and not __fish_seen_subcommand_from add list show edit rm restore help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lifeos -n "__fish_lifeos_using_subcommand account; and __fish_seen_subcommand_from add" -l kind -d 'What kind of account' -r -f -a "checking\t'A current account'
savings\t'A savings account'
credit_card\t'A credit card (a liability)'
cash\t'Cash in hand'
investment\t'Investments'
loan\t'A loan (a liability)'"
complete -c lifeos -n "__fish_lifeos_using_subcommand account; and __fish_seen_subcommand_from add" -l currency -d 'ISO 4217 currency code (EUR, USD, JPY, KWD, ...)' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand account; and __fish_seen_subcommand_from add" -l opening -d 'Opening balance, exact decimal text in the currency\'s minor digits (1250.00)' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand account; and __fish_seen_subcommand_from add" -l opened -d 'The day the opening balance holds from (default today)' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand account; and __fish_seen_subcommand_from add" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand account; and __fish_seen_subcommand_from add" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand account; and __fish_seen_subcommand_from add" -l credential-store -d 'Where secrets (database key, session token) are kept: the OS keyring, the passphrase-encrypted file, or environment variables (read-only). Default: the config\'s `credential_store`, else keyring, file, env in that order' -r -f -a "keyring\t'The operating system\'s keyring'
file\t'The passphrase-encrypted file'
env\t'Environment variables (read-only)'"
complete -c lifeos -n "__fish_lifeos_using_subcommand account; and __fish_seen_subcommand_from add" -l wide -d 'Tables: show every column whole and ids in full, however wide (by default a table fits the terminal, cutting its widest text column, and ids are shortened)'
complete -c lifeos -n "__fish_lifeos_using_subcommand account; and __fish_seen_subcommand_from add" -l debug -d 'Explain what happens on stderr (paths, credential stores, server calls); secrets never show'
complete -c lifeos -n "__fish_lifeos_using_subcommand account; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand account; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand account; and __fish_seen_subcommand_from list" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand account; and __fish_seen_subcommand_from list" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand account; and __fish_seen_subcommand_from list" -l credential-store -d 'Where secrets (database key, session token) are kept: the OS keyring, the passphrase-encrypted file, or environment variables (read-only). Default: the config\'s `credential_store`, else keyring, file, env in that order' -r -f -a "keyring\t'The operating system\'s keyring'
file\t'The passphrase-encrypted file'
env\t'Environment variables (read-only)'"
complete -c lifeos -n "__fish_lifeos_using_subcommand account; and __fish_seen_subcommand_from list" -l all -d 'Include archived and deleted accounts'
complete -c lifeos -n "__fish_lifeos_using_subcommand account; and __fish_seen_subcommand_from list" -l wide -d 'Tables: show every column whole and ids in full, however wide (by default a table fits the terminal, cutting its widest text column, and ids are shortened)'
complete -c lifeos -n "__fish_lifeos_using_subcommand account; and __fish_seen_subcommand_from list" -l debug -d 'Explain what happens on stderr (paths, credential stores, server calls); secrets never show'
complete -c lifeos -n "__fish_lifeos_using_subcommand account; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand account; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand account; and __fish_seen_subcommand_from show" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand account; and __fish_seen_subcommand_from show" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand account; and __fish_seen_subcommand_from show" -l credential-store -d 'Where secrets (database key, session token) are kept: the OS keyring, the passphrase-encrypted file, or environment variables (read-only). Default: the config\'s `credential_store`, else keyring, file, env in that order' -r -f -a "keyring\t'The operating system\'s keyring'
file\t'The passphrase-encrypted file'
env\t'Environment variables (read-only)'"
complete -c lifeos -n "__fish_lifeos_using_subcommand account; and __fish_seen_subcommand_from show" -l wide -d 'Tables: show every column whole and ids in full, however wide (by default a table fits the terminal, cutting its widest text column, and ids are shortened)'
complete -c lifeos -n "__fish_lifeos_using_subcommand account; and __fish_seen_subcommand_from show" -l debug -d 'Explain what happens on stderr (paths, credential stores, server calls); secrets never show'
complete -c lifeos -n "__fish_lifeos_using_subcommand account; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand account; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand account; and __fish_seen_subcommand_from edit" -l expect-version -d 'Fail if the row is no longer at this version (someone else changed it)' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand account; and __fish_seen_subcommand_from edit" -l name -d 'New name' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand account; and __fish_seen_subcommand_from edit" -l kind -d 'New kind' -r -f -a "checking\t'A current account'
savings\t'A savings account'
credit_card\t'A credit card (a liability)'
cash\t'Cash in hand'
investment\t'Investments'
loan\t'A loan (a liability)'"
complete -c lifeos -n "__fish_lifeos_using_subcommand account; and __fish_seen_subcommand_from edit" -l opening -d 'New opening balance' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand account; and __fish_seen_subcommand_from edit" -l opened -d 'New opening date' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand account; and __fish_seen_subcommand_from edit" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand account; and __fish_seen_subcommand_from edit" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand account; and __fish_seen_subcommand_from edit" -l credential-store -d 'Where secrets (database key, session token) are kept: the OS keyring, the passphrase-encrypted file, or environment variables (read-only). Default: the config\'s `credential_store`, else keyring, file, env in that order' -r -f -a "keyring\t'The operating system\'s keyring'
file\t'The passphrase-encrypted file'
env\t'Environment variables (read-only)'"
complete -c lifeos -n "__fish_lifeos_using_subcommand account; and __fish_seen_subcommand_from edit" -l archive -d 'Archive it (closed; kept for history)'
complete -c lifeos -n "__fish_lifeos_using_subcommand account; and __fish_seen_subcommand_from edit" -l unarchive -d 'Unarchive it'
complete -c lifeos -n "__fish_lifeos_using_subcommand account; and __fish_seen_subcommand_from edit" -l wide -d 'Tables: show every column whole and ids in full, however wide (by default a table fits the terminal, cutting its widest text column, and ids are shortened)'
complete -c lifeos -n "__fish_lifeos_using_subcommand account; and __fish_seen_subcommand_from edit" -l debug -d 'Explain what happens on stderr (paths, credential stores, server calls); secrets never show'
complete -c lifeos -n "__fish_lifeos_using_subcommand account; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand account; and __fish_seen_subcommand_from edit" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand account; and __fish_seen_subcommand_from rm" -l expect-version -d 'Fail if the row is no longer at this version (someone else changed it)' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand account; and __fish_seen_subcommand_from rm" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand account; and __fish_seen_subcommand_from rm" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand account; and __fish_seen_subcommand_from rm" -l credential-store -d 'Where secrets (database key, session token) are kept: the OS keyring, the passphrase-encrypted file, or environment variables (read-only). Default: the config\'s `credential_store`, else keyring, file, env in that order' -r -f -a "keyring\t'The operating system\'s keyring'
file\t'The passphrase-encrypted file'
env\t'Environment variables (read-only)'"
complete -c lifeos -n "__fish_lifeos_using_subcommand account; and __fish_seen_subcommand_from rm" -l wide -d 'Tables: show every column whole and ids in full, however wide (by default a table fits the terminal, cutting its widest text column, and ids are shortened)'
complete -c lifeos -n "__fish_lifeos_using_subcommand account; and __fish_seen_subcommand_from rm" -l debug -d 'Explain what happens on stderr (paths, credential stores, server calls); secrets never show'
complete -c lifeos -n "__fish_lifeos_using_subcommand account; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand account; and __fish_seen_subcommand_from rm" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand account; and __fish_seen_subcommand_from restore" -l expect-version -d 'Fail if the row is no longer at this version (someone else changed it)' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand account; and __fish_seen_subcommand_from restore" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand account; and __fish_seen_subcommand_from restore" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand account; and __fish_seen_subcommand_from restore" -l credential-store -d 'Where secrets (database key, session token) are kept: the OS keyring, the passphrase-encrypted file, or environment variables (read-only). Default: the config\'s `credential_store`, else keyring, file, env in that order' -r -f -a "keyring\t'The operating system\'s keyring'
file\t'The passphrase-encrypted file'
env\t'Environment variables (read-only)'"
complete -c lifeos -n "__fish_lifeos_using_subcommand account; and __fish_seen_subcommand_from restore" -l wide -d 'Tables: show every column whole and ids in full, however wide (by default a table fits the terminal, cutting its widest text column, and ids are shortened)'
complete -c lifeos -n "__fish_lifeos_using_subcommand account; and __fish_seen_subcommand_from restore" -l debug -d 'Explain what happens on stderr (paths, credential stores, server calls); secrets never show'
complete -c lifeos -n "__fish_lifeos_using_subcommand account; and __fish_seen_subcommand_from restore" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand account; and __fish_seen_subcommand_from restore" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add an account'
complete -c lifeos -n "__fish_lifeos_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "list" -d 'List accounts (not archived ones unless --all)'
complete -c lifeos -n "__fish_lifeos_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one account'
complete -c lifeos -n "__fish_lifeos_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Change an account'
complete -c lifeos -n "__fish_lifeos_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "rm" -d 'Delete an account (it stays as a tombstone; see restore)'
complete -c lifeos -n "__fish_lifeos_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "restore" -d 'Undo the deletion of an account'
complete -c lifeos -n "__fish_lifeos_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lifeos -n "__fish_lifeos_using_subcommand tx; and not __fish_seen_subcommand_from add list show edit rm restore import help" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand tx; and not __fish_seen_subcommand_from add list show edit rm restore import help" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand tx; and not __fish_seen_subcommand_from add list show edit rm restore import help" -l credential-store -d 'Where secrets (database key, session token) are kept: the OS keyring, the passphrase-encrypted file, or environment variables (read-only). Default: the config\'s `credential_store`, else keyring, file, env in that order' -r -f -a "keyring\t'The operating system\'s keyring'
file\t'The passphrase-encrypted file'
env\t'Environment variables (read-only)'"
complete -c lifeos -n "__fish_lifeos_using_subcommand tx; and not __fish_seen_subcommand_from add list show edit rm restore import help" -l wide -d 'Tables: show every column whole and ids in full, however wide (by default a table fits the terminal, cutting its widest text column, and ids are shortened)'
complete -c lifeos -n "__fish_lifeos_using_subcommand tx; and not __fish_seen_subcommand_from add list show edit rm restore import help" -l debug -d 'Explain what happens on stderr (paths, credential stores, server calls); secrets never show'
complete -c lifeos -n "__fish_lifeos_using_subcommand tx; and not __fish_seen_subcommand_from add list show edit rm restore import help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand tx; and not __fish_seen_subcommand_from add list show edit rm restore import help" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand tx; and not __fish_seen_subcommand_from add list show edit rm restore import help" -f -a "add" -d 'Add a transaction: AMOUNT (negative = outflow) and an optional PAYEE'
complete -c lifeos -n "__fish_lifeos_using_subcommand tx; and not __fish_seen_subcommand_from add list show edit rm restore import help" -f -a "list" -d 'List transactions, oldest first'
complete -c lifeos -n "__fish_lifeos_using_subcommand tx; and not __fish_seen_subcommand_from add list show edit rm restore import help" -f -a "show" -d 'Show one transaction'
complete -c lifeos -n "__fish_lifeos_using_subcommand tx; and not __fish_seen_subcommand_from add list show edit rm restore import help" -f -a "edit" -d 'Change a transaction (both sides of a transfer change together)'
complete -c lifeos -n "__fish_lifeos_using_subcommand tx; and not __fish_seen_subcommand_from add list show edit rm restore import help" -f -a "rm" -d 'Delete a transaction (a transfer\'s both sides; tombstones, see restore)'
complete -c lifeos -n "__fish_lifeos_using_subcommand tx; and not __fish_seen_subcommand_from add list show edit rm restore import help" -f -a "restore" -d 'Undo the deletion of a transaction (a transfer\'s both sides)'
complete -c lifeos -n "__fish_lifeos_using_subcommand tx; and not __fish_seen_subcommand_from add list show edit rm restore import help" -f -a "import" -d 'Import a bank\'s CSV file into an account, in one transaction'
complete -c lifeos -n "__fish_lifeos_using_subcommand tx; and not __fish_seen_subcommand_from add list show edit rm restore import help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lifeos -n "__fish_lifeos_using_subcommand tx; and __fish_seen_subcommand_from add" -l account -d 'The account (exact name or id prefix)' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand tx; and __fish_seen_subcommand_from add" -l date -d 'Booking date: YYYY-MM-DD, today, yesterday, a weekday, +3d, -2w, eom… (default today)' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand tx; and __fish_seen_subcommand_from add" -l category -d 'Hierarchical category, e.g. Food:Groceries' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand tx; and __fish_seen_subcommand_from add" -l memo -d 'A memo' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand tx; and __fish_seen_subcommand_from add" -l tag -d 'Tag (repeatable)' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand tx; and __fish_seen_subcommand_from add" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand tx; and __fish_seen_subcommand_from add" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand tx; and __fish_seen_subcommand_from add" -l credential-store -d 'Where secrets (database key, session token) are kept: the OS keyring, the passphrase-encrypted file, or environment variables (read-only). Default: the config\'s `credential_store`, else keyring, file, env in that order' -r -f -a "keyring\t'The operating system\'s keyring'
file\t'The passphrase-encrypted file'
env\t'Environment variables (read-only)'"
complete -c lifeos -n "__fish_lifeos_using_subcommand tx; and __fish_seen_subcommand_from add" -l cleared -d 'Cleared by the bank'
complete -c lifeos -n "__fish_lifeos_using_subcommand tx; and __fish_seen_subcommand_from add" -l wide -d 'Tables: show every column whole and ids in full, however wide (by default a table fits the terminal, cutting its widest text column, and ids are shortened)'
complete -c lifeos -n "__fish_lifeos_using_subcommand tx; and __fish_seen_subcommand_from add" -l debug -d 'Explain what happens on stderr (paths, credential stores, server calls); secrets never show'
complete -c lifeos -n "__fish_lifeos_using_subcommand tx; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand tx; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand tx; and __fish_seen_subcommand_from list" -l account -d 'Only this account (exact name or id prefix)' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand tx; and __fish_seen_subcommand_from list" -l category -d 'Only this category and its subcategories' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand tx; and __fish_seen_subcommand_from list" -l from -d 'Booked on or after this date' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand tx; and __fish_seen_subcommand_from list" -l to -d 'Booked on or before this date' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand tx; and __fish_seen_subcommand_from list" -l tag -d 'Only rows with this tag' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand tx; and __fish_seen_subcommand_from list" -l search -d 'Only rows whose text contains this (case-insensitive)' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand tx; and __fish_seen_subcommand_from list" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand tx; and __fish_seen_subcommand_from list" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand tx; and __fish_seen_subcommand_from list" -l credential-store -d 'Where secrets (database key, session token) are kept: the OS keyring, the passphrase-encrypted file, or environment variables (read-only). Default: the config\'s `credential_store`, else keyring, file, env in that order' -r -f -a "keyring\t'The operating system\'s keyring'
file\t'The passphrase-encrypted file'
env\t'Environment variables (read-only)'"
complete -c lifeos -n "__fish_lifeos_using_subcommand tx; and __fish_seen_subcommand_from list" -l all -d 'Include deleted rows (and, for tasks, finished ones)'
complete -c lifeos -n "__fish_lifeos_using_subcommand tx; and __fish_seen_subcommand_from list" -l wide -d 'Tables: show every column whole and ids in full, however wide (by default a table fits the terminal, cutting its widest text column, and ids are shortened)'
complete -c lifeos -n "__fish_lifeos_using_subcommand tx; and __fish_seen_subcommand_from list" -l debug -d 'Explain what happens on stderr (paths, credential stores, server calls); secrets never show'
complete -c lifeos -n "__fish_lifeos_using_subcommand tx; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand tx; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand tx; and __fish_seen_subcommand_from show" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand tx; and __fish_seen_subcommand_from show" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand tx; and __fish_seen_subcommand_from show" -l credential-store -d 'Where secrets (database key, session token) are kept: the OS keyring, the passphrase-encrypted file, or environment variables (read-only). Default: the config\'s `credential_store`, else keyring, file, env in that order' -r -f -a "keyring\t'The operating system\'s keyring'
file\t'The passphrase-encrypted file'
env\t'Environment variables (read-only)'"
complete -c lifeos -n "__fish_lifeos_using_subcommand tx; and __fish_seen_subcommand_from show" -l wide -d 'Tables: show every column whole and ids in full, however wide (by default a table fits the terminal, cutting its widest text column, and ids are shortened)'
complete -c lifeos -n "__fish_lifeos_using_subcommand tx; and __fish_seen_subcommand_from show" -l debug -d 'Explain what happens on stderr (paths, credential stores, server calls); secrets never show'
complete -c lifeos -n "__fish_lifeos_using_subcommand tx; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand tx; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand tx; and __fish_seen_subcommand_from edit" -l expect-version -d 'Fail if the row is no longer at this version (someone else changed it)' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand tx; and __fish_seen_subcommand_from edit" -l amount -d 'New amount (of a transfer: this side; the other side follows in its currency)' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand tx; and __fish_seen_subcommand_from edit" -l other-amount -d 'Of a transfer between two currencies: the other side\'s new amount' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand tx; and __fish_seen_subcommand_from edit" -l payee -d 'New payee' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand tx; and __fish_seen_subcommand_from edit" -l category -d 'New category (empty to remove)' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand tx; and __fish_seen_subcommand_from edit" -l memo -d 'New memo' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand tx; and __fish_seen_subcommand_from edit" -l date -d 'New booking date' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand tx; and __fish_seen_subcommand_from edit" -l tag -d 'Add a tag (repeatable)' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand tx; and __fish_seen_subcommand_from edit" -l untag -d 'Remove a tag (repeatable)' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand tx; and __fish_seen_subcommand_from edit" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand tx; and __fish_seen_subcommand_from edit" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand tx; and __fish_seen_subcommand_from edit" -l credential-store -d 'Where secrets (database key, session token) are kept: the OS keyring, the passphrase-encrypted file, or environment variables (read-only). Default: the config\'s `credential_store`, else keyring, file, env in that order' -r -f -a "keyring\t'The operating system\'s keyring'
file\t'The passphrase-encrypted file'
env\t'Environment variables (read-only)'"
complete -c lifeos -n "__fish_lifeos_using_subcommand tx; and __fish_seen_subcommand_from edit" -l cleared -d 'Mark cleared'
complete -c lifeos -n "__fish_lifeos_using_subcommand tx; and __fish_seen_subcommand_from edit" -l uncleared -d 'Mark not cleared'
complete -c lifeos -n "__fish_lifeos_using_subcommand tx; and __fish_seen_subcommand_from edit" -l wide -d 'Tables: show every column whole and ids in full, however wide (by default a table fits the terminal, cutting its widest text column, and ids are shortened)'
complete -c lifeos -n "__fish_lifeos_using_subcommand tx; and __fish_seen_subcommand_from edit" -l debug -d 'Explain what happens on stderr (paths, credential stores, server calls); secrets never show'
complete -c lifeos -n "__fish_lifeos_using_subcommand tx; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand tx; and __fish_seen_subcommand_from edit" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand tx; and __fish_seen_subcommand_from rm" -l expect-version -d 'Fail if the row is no longer at this version (someone else changed it)' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand tx; and __fish_seen_subcommand_from rm" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand tx; and __fish_seen_subcommand_from rm" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand tx; and __fish_seen_subcommand_from rm" -l credential-store -d 'Where secrets (database key, session token) are kept: the OS keyring, the passphrase-encrypted file, or environment variables (read-only). Default: the config\'s `credential_store`, else keyring, file, env in that order' -r -f -a "keyring\t'The operating system\'s keyring'
file\t'The passphrase-encrypted file'
env\t'Environment variables (read-only)'"
complete -c lifeos -n "__fish_lifeos_using_subcommand tx; and __fish_seen_subcommand_from rm" -l wide -d 'Tables: show every column whole and ids in full, however wide (by default a table fits the terminal, cutting its widest text column, and ids are shortened)'
complete -c lifeos -n "__fish_lifeos_using_subcommand tx; and __fish_seen_subcommand_from rm" -l debug -d 'Explain what happens on stderr (paths, credential stores, server calls); secrets never show'
complete -c lifeos -n "__fish_lifeos_using_subcommand tx; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand tx; and __fish_seen_subcommand_from rm" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand tx; and __fish_seen_subcommand_from restore" -l expect-version -d 'Fail if the row is no longer at this version (someone else changed it)' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand tx; and __fish_seen_subcommand_from restore" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand tx; and __fish_seen_subcommand_from restore" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand tx; and __fish_seen_subcommand_from restore" -l credential-store -d 'Where secrets (database key, session token) are kept: the OS keyring, the passphrase-encrypted file, or environment variables (read-only). Default: the config\'s `credential_store`, else keyring, file, env in that order' -r -f -a "keyring\t'The operating system\'s keyring'
file\t'The passphrase-encrypted file'
env\t'Environment variables (read-only)'"
complete -c lifeos -n "__fish_lifeos_using_subcommand tx; and __fish_seen_subcommand_from restore" -l wide -d 'Tables: show every column whole and ids in full, however wide (by default a table fits the terminal, cutting its widest text column, and ids are shortened)'
complete -c lifeos -n "__fish_lifeos_using_subcommand tx; and __fish_seen_subcommand_from restore" -l debug -d 'Explain what happens on stderr (paths, credential stores, server calls); secrets never show'
complete -c lifeos -n "__fish_lifeos_using_subcommand tx; and __fish_seen_subcommand_from restore" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand tx; and __fish_seen_subcommand_from restore" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand tx; and __fish_seen_subcommand_from import" -l account -d 'The account the rows belong to (exact name or id prefix)' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand tx; and __fish_seen_subcommand_from import" -l map -d 'Which column holds what: date=COL,amount=COL, and optionally payee=, memo=, category=' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand tx; and __fish_seen_subcommand_from import" -l date-format -d 'Date format with %Y %m %d (default %Y-%m-%d)' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand tx; and __fish_seen_subcommand_from import" -l delimiter -d 'Field delimiter (default: \';\' or tab if the header uses it, else \',\')' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand tx; and __fish_seen_subcommand_from import" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand tx; and __fish_seen_subcommand_from import" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand tx; and __fish_seen_subcommand_from import" -l credential-store -d 'Where secrets (database key, session token) are kept: the OS keyring, the passphrase-encrypted file, or environment variables (read-only). Default: the config\'s `credential_store`, else keyring, file, env in that order' -r -f -a "keyring\t'The operating system\'s keyring'
file\t'The passphrase-encrypted file'
env\t'Environment variables (read-only)'"
complete -c lifeos -n "__fish_lifeos_using_subcommand tx; and __fish_seen_subcommand_from import" -l decimal-comma -d 'Amounts use a decimal comma (1.234,56)'
complete -c lifeos -n "__fish_lifeos_using_subcommand tx; and __fish_seen_subcommand_from import" -l wide -d 'Tables: show every column whole and ids in full, however wide (by default a table fits the terminal, cutting its widest text column, and ids are shortened)'
complete -c lifeos -n "__fish_lifeos_using_subcommand tx; and __fish_seen_subcommand_from import" -l debug -d 'Explain what happens on stderr (paths, credential stores, server calls); secrets never show'
complete -c lifeos -n "__fish_lifeos_using_subcommand tx; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand tx; and __fish_seen_subcommand_from import" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand tx; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a transaction: AMOUNT (negative = outflow) and an optional PAYEE'
complete -c lifeos -n "__fish_lifeos_using_subcommand tx; and __fish_seen_subcommand_from help" -f -a "list" -d 'List transactions, oldest first'
complete -c lifeos -n "__fish_lifeos_using_subcommand tx; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one transaction'
complete -c lifeos -n "__fish_lifeos_using_subcommand tx; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Change a transaction (both sides of a transfer change together)'
complete -c lifeos -n "__fish_lifeos_using_subcommand tx; and __fish_seen_subcommand_from help" -f -a "rm" -d 'Delete a transaction (a transfer\'s both sides; tombstones, see restore)'
complete -c lifeos -n "__fish_lifeos_using_subcommand tx; and __fish_seen_subcommand_from help" -f -a "restore" -d 'Undo the deletion of a transaction (a transfer\'s both sides)'
complete -c lifeos -n "__fish_lifeos_using_subcommand tx; and __fish_seen_subcommand_from help" -f -a "import" -d 'Import a bank\'s CSV file into an account, in one transaction'
complete -c lifeos -n "__fish_lifeos_using_subcommand tx; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lifeos -n "__fish_lifeos_using_subcommand transfer; and not __fish_seen_subcommand_from add help" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand transfer; and not __fish_seen_subcommand_from add help" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand transfer; and not __fish_seen_subcommand_from add help" -l credential-store -d 'Where secrets (database key, session token) are kept: the OS keyring, the passphrase-encrypted file, or environment variables (read-only). Default: the config\'s `credential_store`, else keyring, file, env in that order' -r -f -a "keyring\t'The operating system\'s keyring'
file\t'The passphrase-encrypted file'
env\t'Environment variables (read-only)'"
complete -c lifeos -n "__fish_lifeos_using_subcommand transfer; and not __fish_seen_subcommand_from add help" -l wide -d 'Tables: show every column whole and ids in full, however wide (by default a table fits the terminal, cutting its widest text column, and ids are shortened)'
complete -c lifeos -n "__fish_lifeos_using_subcommand transfer; and not __fish_seen_subcommand_from add help" -l debug -d 'Explain what happens on stderr (paths, credential stores, server calls); secrets never show'
complete -c lifeos -n "__fish_lifeos_using_subcommand transfer; and not __fish_seen_subcommand_from add help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand transfer; and not __fish_seen_subcommand_from add help" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand transfer; and not __fish_seen_subcommand_from add help" -f -a "add" -d 'Move money between two accounts: one linked pair of transactions'
complete -c lifeos -n "__fish_lifeos_using_subcommand transfer; and not __fish_seen_subcommand_from add help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lifeos -n "__fish_lifeos_using_subcommand transfer; and __fish_seen_subcommand_from add" -l from -d 'The account the money leaves' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand transfer; and __fish_seen_subcommand_from add" -l to -d 'The account the money arrives in' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand transfer; and __fish_seen_subcommand_from add" -l to-amount -d 'How much arrives, when the two accounts\' currencies differ' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand transfer; and __fish_seen_subcommand_from add" -l date -d 'Booking date (default today)' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand transfer; and __fish_seen_subcommand_from add" -l payee -d 'A description' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand transfer; and __fish_seen_subcommand_from add" -l memo -d 'A memo' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand transfer; and __fish_seen_subcommand_from add" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand transfer; and __fish_seen_subcommand_from add" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand transfer; and __fish_seen_subcommand_from add" -l credential-store -d 'Where secrets (database key, session token) are kept: the OS keyring, the passphrase-encrypted file, or environment variables (read-only). Default: the config\'s `credential_store`, else keyring, file, env in that order' -r -f -a "keyring\t'The operating system\'s keyring'
file\t'The passphrase-encrypted file'
env\t'Environment variables (read-only)'"
complete -c lifeos -n "__fish_lifeos_using_subcommand transfer; and __fish_seen_subcommand_from add" -l wide -d 'Tables: show every column whole and ids in full, however wide (by default a table fits the terminal, cutting its widest text column, and ids are shortened)'
complete -c lifeos -n "__fish_lifeos_using_subcommand transfer; and __fish_seen_subcommand_from add" -l debug -d 'Explain what happens on stderr (paths, credential stores, server calls); secrets never show'
complete -c lifeos -n "__fish_lifeos_using_subcommand transfer; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand transfer; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand transfer; and __fish_seen_subcommand_from help" -f -a "add" -d 'Move money between two accounts: one linked pair of transactions'
complete -c lifeos -n "__fish_lifeos_using_subcommand transfer; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lifeos -n "__fish_lifeos_using_subcommand budget; and not __fish_seen_subcommand_from set list rm report help" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand budget; and not __fish_seen_subcommand_from set list rm report help" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand budget; and not __fish_seen_subcommand_from set list rm report help" -l credential-store -d 'Where secrets (database key, session token) are kept: the OS keyring, the passphrase-encrypted file, or environment variables (read-only). Default: the config\'s `credential_store`, else keyring, file, env in that order' -r -f -a "keyring\t'The operating system\'s keyring'
file\t'The passphrase-encrypted file'
env\t'Environment variables (read-only)'"
complete -c lifeos -n "__fish_lifeos_using_subcommand budget; and not __fish_seen_subcommand_from set list rm report help" -l wide -d 'Tables: show every column whole and ids in full, however wide (by default a table fits the terminal, cutting its widest text column, and ids are shortened)'
complete -c lifeos -n "__fish_lifeos_using_subcommand budget; and not __fish_seen_subcommand_from set list rm report help" -l debug -d 'Explain what happens on stderr (paths, credential stores, server calls); secrets never show'
complete -c lifeos -n "__fish_lifeos_using_subcommand budget; and not __fish_seen_subcommand_from set list rm report help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand budget; and not __fish_seen_subcommand_from set list rm report help" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand budget; and not __fish_seen_subcommand_from set list rm report help" -f -a "set" -d 'Set a category\'s budget for a month (replaces an earlier one)'
complete -c lifeos -n "__fish_lifeos_using_subcommand budget; and not __fish_seen_subcommand_from set list rm report help" -f -a "list" -d 'List budgets'
complete -c lifeos -n "__fish_lifeos_using_subcommand budget; and not __fish_seen_subcommand_from set list rm report help" -f -a "rm" -d 'Delete a budget'
complete -c lifeos -n "__fish_lifeos_using_subcommand budget; and not __fish_seen_subcommand_from set list rm report help" -f -a "report" -d 'Budget against actual spending for a month, with what is left'
complete -c lifeos -n "__fish_lifeos_using_subcommand budget; and not __fish_seen_subcommand_from set list rm report help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lifeos -n "__fish_lifeos_using_subcommand budget; and __fish_seen_subcommand_from set" -l month -d 'The month, YYYY-MM (default this month)' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand budget; and __fish_seen_subcommand_from set" -l currency -d 'Currency (default: your accounts\' currency, if they have one)' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand budget; and __fish_seen_subcommand_from set" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand budget; and __fish_seen_subcommand_from set" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand budget; and __fish_seen_subcommand_from set" -l credential-store -d 'Where secrets (database key, session token) are kept: the OS keyring, the passphrase-encrypted file, or environment variables (read-only). Default: the config\'s `credential_store`, else keyring, file, env in that order' -r -f -a "keyring\t'The operating system\'s keyring'
file\t'The passphrase-encrypted file'
env\t'Environment variables (read-only)'"
complete -c lifeos -n "__fish_lifeos_using_subcommand budget; and __fish_seen_subcommand_from set" -l wide -d 'Tables: show every column whole and ids in full, however wide (by default a table fits the terminal, cutting its widest text column, and ids are shortened)'
complete -c lifeos -n "__fish_lifeos_using_subcommand budget; and __fish_seen_subcommand_from set" -l debug -d 'Explain what happens on stderr (paths, credential stores, server calls); secrets never show'
complete -c lifeos -n "__fish_lifeos_using_subcommand budget; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand budget; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand budget; and __fish_seen_subcommand_from list" -l month -d 'Only this month' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand budget; and __fish_seen_subcommand_from list" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand budget; and __fish_seen_subcommand_from list" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand budget; and __fish_seen_subcommand_from list" -l credential-store -d 'Where secrets (database key, session token) are kept: the OS keyring, the passphrase-encrypted file, or environment variables (read-only). Default: the config\'s `credential_store`, else keyring, file, env in that order' -r -f -a "keyring\t'The operating system\'s keyring'
file\t'The passphrase-encrypted file'
env\t'Environment variables (read-only)'"
complete -c lifeos -n "__fish_lifeos_using_subcommand budget; and __fish_seen_subcommand_from list" -l wide -d 'Tables: show every column whole and ids in full, however wide (by default a table fits the terminal, cutting its widest text column, and ids are shortened)'
complete -c lifeos -n "__fish_lifeos_using_subcommand budget; and __fish_seen_subcommand_from list" -l debug -d 'Explain what happens on stderr (paths, credential stores, server calls); secrets never show'
complete -c lifeos -n "__fish_lifeos_using_subcommand budget; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand budget; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand budget; and __fish_seen_subcommand_from rm" -l expect-version -d 'Fail if the row is no longer at this version (someone else changed it)' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand budget; and __fish_seen_subcommand_from rm" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand budget; and __fish_seen_subcommand_from rm" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand budget; and __fish_seen_subcommand_from rm" -l credential-store -d 'Where secrets (database key, session token) are kept: the OS keyring, the passphrase-encrypted file, or environment variables (read-only). Default: the config\'s `credential_store`, else keyring, file, env in that order' -r -f -a "keyring\t'The operating system\'s keyring'
file\t'The passphrase-encrypted file'
env\t'Environment variables (read-only)'"
complete -c lifeos -n "__fish_lifeos_using_subcommand budget; and __fish_seen_subcommand_from rm" -l wide -d 'Tables: show every column whole and ids in full, however wide (by default a table fits the terminal, cutting its widest text column, and ids are shortened)'
complete -c lifeos -n "__fish_lifeos_using_subcommand budget; and __fish_seen_subcommand_from rm" -l debug -d 'Explain what happens on stderr (paths, credential stores, server calls); secrets never show'
complete -c lifeos -n "__fish_lifeos_using_subcommand budget; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand budget; and __fish_seen_subcommand_from rm" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand budget; and __fish_seen_subcommand_from report" -l month -d 'The month, YYYY-MM (default this month)' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand budget; and __fish_seen_subcommand_from report" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand budget; and __fish_seen_subcommand_from report" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand budget; and __fish_seen_subcommand_from report" -l credential-store -d 'Where secrets (database key, session token) are kept: the OS keyring, the passphrase-encrypted file, or environment variables (read-only). Default: the config\'s `credential_store`, else keyring, file, env in that order' -r -f -a "keyring\t'The operating system\'s keyring'
file\t'The passphrase-encrypted file'
env\t'Environment variables (read-only)'"
complete -c lifeos -n "__fish_lifeos_using_subcommand budget; and __fish_seen_subcommand_from report" -l wide -d 'Tables: show every column whole and ids in full, however wide (by default a table fits the terminal, cutting its widest text column, and ids are shortened)'
complete -c lifeos -n "__fish_lifeos_using_subcommand budget; and __fish_seen_subcommand_from report" -l debug -d 'Explain what happens on stderr (paths, credential stores, server calls); secrets never show'
complete -c lifeos -n "__fish_lifeos_using_subcommand budget; and __fish_seen_subcommand_from report" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand budget; and __fish_seen_subcommand_from report" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand budget; and __fish_seen_subcommand_from help" -f -a "set" -d 'Set a category\'s budget for a month (replaces an earlier one)'
complete -c lifeos -n "__fish_lifeos_using_subcommand budget; and __fish_seen_subcommand_from help" -f -a "list" -d 'List budgets'
complete -c lifeos -n "__fish_lifeos_using_subcommand budget; and __fish_seen_subcommand_from help" -f -a "rm" -d 'Delete a budget'
complete -c lifeos -n "__fish_lifeos_using_subcommand budget; and __fish_seen_subcommand_from help" -f -a "report" -d 'Budget against actual spending for a month, with what is left'
complete -c lifeos -n "__fish_lifeos_using_subcommand budget; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lifeos -n "__fish_lifeos_using_subcommand balance" -l as-of -d 'Balances at the end of this day (default: everything)' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand balance" -l in -d 'Also total everything in this currency, with --rate for each other currency' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand balance" -l rate -d 'An exchange rate CUR=RATE: 1 CUR is RATE of the --in currency (repeatable)' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand balance" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand balance" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand balance" -l credential-store -d 'Where secrets (database key, session token) are kept: the OS keyring, the passphrase-encrypted file, or environment variables (read-only). Default: the config\'s `credential_store`, else keyring, file, env in that order' -r -f -a "keyring\t'The operating system\'s keyring'
file\t'The passphrase-encrypted file'
env\t'Environment variables (read-only)'"
complete -c lifeos -n "__fish_lifeos_using_subcommand balance" -l all -d 'Include archived accounts'
complete -c lifeos -n "__fish_lifeos_using_subcommand balance" -l wide -d 'Tables: show every column whole and ids in full, however wide (by default a table fits the terminal, cutting its widest text column, and ids are shortened)'
complete -c lifeos -n "__fish_lifeos_using_subcommand balance" -l debug -d 'Explain what happens on stderr (paths, credential stores, server calls); secrets never show'
complete -c lifeos -n "__fish_lifeos_using_subcommand balance" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand balance" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand spending" -l month -d 'The month, YYYY-MM (default this month)' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand spending" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand spending" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand spending" -l credential-store -d 'Where secrets (database key, session token) are kept: the OS keyring, the passphrase-encrypted file, or environment variables (read-only). Default: the config\'s `credential_store`, else keyring, file, env in that order' -r -f -a "keyring\t'The operating system\'s keyring'
file\t'The passphrase-encrypted file'
env\t'Environment variables (read-only)'"
complete -c lifeos -n "__fish_lifeos_using_subcommand spending" -l wide -d 'Tables: show every column whole and ids in full, however wide (by default a table fits the terminal, cutting its widest text column, and ids are shortened)'
complete -c lifeos -n "__fish_lifeos_using_subcommand spending" -l debug -d 'Explain what happens on stderr (paths, credential stores, server calls); secrets never show'
complete -c lifeos -n "__fish_lifeos_using_subcommand spending" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand spending" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand finance; and not __fish_seen_subcommand_from export help" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand finance; and not __fish_seen_subcommand_from export help" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand finance; and not __fish_seen_subcommand_from export help" -l credential-store -d 'Where secrets (database key, session token) are kept: the OS keyring, the passphrase-encrypted file, or environment variables (read-only). Default: the config\'s `credential_store`, else keyring, file, env in that order' -r -f -a "keyring\t'The operating system\'s keyring'
file\t'The passphrase-encrypted file'
env\t'Environment variables (read-only)'"
complete -c lifeos -n "__fish_lifeos_using_subcommand finance; and not __fish_seen_subcommand_from export help" -l wide -d 'Tables: show every column whole and ids in full, however wide (by default a table fits the terminal, cutting its widest text column, and ids are shortened)'
complete -c lifeos -n "__fish_lifeos_using_subcommand finance; and not __fish_seen_subcommand_from export help" -l debug -d 'Explain what happens on stderr (paths, credential stores, server calls); secrets never show'
complete -c lifeos -n "__fish_lifeos_using_subcommand finance; and not __fish_seen_subcommand_from export help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand finance; and not __fish_seen_subcommand_from export help" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand finance; and not __fish_seen_subcommand_from export help" -f -a "export" -d 'Write every account and transaction as a journal for hledger (--to ledger)'
complete -c lifeos -n "__fish_lifeos_using_subcommand finance; and not __fish_seen_subcommand_from export help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lifeos -n "__fish_lifeos_using_subcommand finance; and __fish_seen_subcommand_from export" -l to -d 'The journal\'s dialect (`--format ledger` is the older spelling)' -r -f -a "ledger\t'hledger/Ledger'"
complete -c lifeos -n "__fish_lifeos_using_subcommand finance; and __fish_seen_subcommand_from export" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand finance; and __fish_seen_subcommand_from export" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand finance; and __fish_seen_subcommand_from export" -l credential-store -d 'Where secrets (database key, session token) are kept: the OS keyring, the passphrase-encrypted file, or environment variables (read-only). Default: the config\'s `credential_store`, else keyring, file, env in that order' -r -f -a "keyring\t'The operating system\'s keyring'
file\t'The passphrase-encrypted file'
env\t'Environment variables (read-only)'"
complete -c lifeos -n "__fish_lifeos_using_subcommand finance; and __fish_seen_subcommand_from export" -l wide -d 'Tables: show every column whole and ids in full, however wide (by default a table fits the terminal, cutting its widest text column, and ids are shortened)'
complete -c lifeos -n "__fish_lifeos_using_subcommand finance; and __fish_seen_subcommand_from export" -l debug -d 'Explain what happens on stderr (paths, credential stores, server calls); secrets never show'
complete -c lifeos -n "__fish_lifeos_using_subcommand finance; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand finance; and __fish_seen_subcommand_from export" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand finance; and __fish_seen_subcommand_from help" -f -a "export" -d 'Write every account and transaction as a journal for hledger (--to ledger)'
complete -c lifeos -n "__fish_lifeos_using_subcommand finance; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lifeos -n "__fish_lifeos_using_subcommand export" -l with-blobs -d 'Also write every attachment\'s file into DIR, in plaintext, named by its SHA-256 (files this device lacks are fetched from the server first), so the backup is complete' -r -F
complete -c lifeos -n "__fish_lifeos_using_subcommand export" -l to -d 'Another format to write (default: LifeOS\'s own lossless ndjson)' -r -f -a "ics\t'An iCalendar file (RFC 5545): tasks with a due date, fasts'
markdown\t'A folder of Markdown files, one per note, with YAML front matter (FILE: the folder)'"
complete -c lifeos -n "__fish_lifeos_using_subcommand export" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand export" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand export" -l credential-store -d 'Where secrets (database key, session token) are kept: the OS keyring, the passphrase-encrypted file, or environment variables (read-only). Default: the config\'s `credential_store`, else keyring, file, env in that order' -r -f -a "keyring\t'The operating system\'s keyring'
file\t'The passphrase-encrypted file'
env\t'Environment variables (read-only)'"
complete -c lifeos -n "__fish_lifeos_using_subcommand export" -l wide -d 'Tables: show every column whole and ids in full, however wide (by default a table fits the terminal, cutting its widest text column, and ids are shortened)'
complete -c lifeos -n "__fish_lifeos_using_subcommand export" -l debug -d 'Explain what happens on stderr (paths, credential stores, server calls); secrets never show'
complete -c lifeos -n "__fish_lifeos_using_subcommand export" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand export" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand import" -l with-blobs -d 'Also take the attachments\' files from DIR (as `export --with-blobs` wrote them): each is checked against its name\'s SHA-256 and sealed on this device' -r -F
complete -c lifeos -n "__fish_lifeos_using_subcommand import" -l from -d 'The app the file comes from (default: a LifeOS export)' -r -f -a "taskwarrior\t'`task export` (JSON)'
markdown\t'A folder of Markdown notes (Obsidian\'s vault, or `export --to markdown`)'"
complete -c lifeos -n "__fish_lifeos_using_subcommand import" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand import" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand import" -l credential-store -d 'Where secrets (database key, session token) are kept: the OS keyring, the passphrase-encrypted file, or environment variables (read-only). Default: the config\'s `credential_store`, else keyring, file, env in that order' -r -f -a "keyring\t'The operating system\'s keyring'
file\t'The passphrase-encrypted file'
env\t'Environment variables (read-only)'"
complete -c lifeos -n "__fish_lifeos_using_subcommand import" -l wide -d 'Tables: show every column whole and ids in full, however wide (by default a table fits the terminal, cutting its widest text column, and ids are shortened)'
complete -c lifeos -n "__fish_lifeos_using_subcommand import" -l debug -d 'Explain what happens on stderr (paths, credential stores, server calls); secrets never show'
complete -c lifeos -n "__fish_lifeos_using_subcommand import" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand import" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand restore" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand restore" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand restore" -l credential-store -d 'Where secrets (database key, session token) are kept: the OS keyring, the passphrase-encrypted file, or environment variables (read-only). Default: the config\'s `credential_store`, else keyring, file, env in that order' -r -f -a "keyring\t'The operating system\'s keyring'
file\t'The passphrase-encrypted file'
env\t'Environment variables (read-only)'"
complete -c lifeos -n "__fish_lifeos_using_subcommand restore" -l exact -d 'Also delete every row that is not in the file, so the database matches it'
complete -c lifeos -n "__fish_lifeos_using_subcommand restore" -l yes -d 'Do it without asking'
complete -c lifeos -n "__fish_lifeos_using_subcommand restore" -l wide -d 'Tables: show every column whole and ids in full, however wide (by default a table fits the terminal, cutting its widest text column, and ids are shortened)'
complete -c lifeos -n "__fish_lifeos_using_subcommand restore" -l debug -d 'Explain what happens on stderr (paths, credential stores, server calls); secrets never show'
complete -c lifeos -n "__fish_lifeos_using_subcommand restore" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand restore" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand attach" -l to -d 'The row: KIND:ID, e.g. note:01JB…, task:"call mum", tx:01JC… (ID is an id, a prefix, or a name or title)' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand attach" -l name -d 'The name to keep (default: the file\'s own name)' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand attach" -l type -d 'The media type (default: guessed from the name\'s extension)' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand attach" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand attach" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand attach" -l credential-store -d 'Where secrets (database key, session token) are kept: the OS keyring, the passphrase-encrypted file, or environment variables (read-only). Default: the config\'s `credential_store`, else keyring, file, env in that order' -r -f -a "keyring\t'The operating system\'s keyring'
file\t'The passphrase-encrypted file'
env\t'Environment variables (read-only)'"
complete -c lifeos -n "__fish_lifeos_using_subcommand attach" -l wide -d 'Tables: show every column whole and ids in full, however wide (by default a table fits the terminal, cutting its widest text column, and ids are shortened)'
complete -c lifeos -n "__fish_lifeos_using_subcommand attach" -l debug -d 'Explain what happens on stderr (paths, credential stores, server calls); secrets never show'
complete -c lifeos -n "__fish_lifeos_using_subcommand attach" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand attach" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand attachment; and not __fish_seen_subcommand_from list show get open rm restore help" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand attachment; and not __fish_seen_subcommand_from list show get open rm restore help" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand attachment; and not __fish_seen_subcommand_from list show get open rm restore help" -l credential-store -d 'Where secrets (database key, session token) are kept: the OS keyring, the passphrase-encrypted file, or environment variables (read-only). Default: the config\'s `credential_store`, else keyring, file, env in that order' -r -f -a "keyring\t'The operating system\'s keyring'
file\t'The passphrase-encrypted file'
env\t'Environment variables (read-only)'"
complete -c lifeos -n "__fish_lifeos_using_subcommand attachment; and not __fish_seen_subcommand_from list show get open rm restore help" -l wide -d 'Tables: show every column whole and ids in full, however wide (by default a table fits the terminal, cutting its widest text column, and ids are shortened)'
complete -c lifeos -n "__fish_lifeos_using_subcommand attachment; and not __fish_seen_subcommand_from list show get open rm restore help" -l debug -d 'Explain what happens on stderr (paths, credential stores, server calls); secrets never show'
complete -c lifeos -n "__fish_lifeos_using_subcommand attachment; and not __fish_seen_subcommand_from list show get open rm restore help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand attachment; and not __fish_seen_subcommand_from list show get open rm restore help" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand attachment; and not __fish_seen_subcommand_from list show get open rm restore help" -f -a "list" -d 'List attachments: of one row with --to, else all'
complete -c lifeos -n "__fish_lifeos_using_subcommand attachment; and not __fish_seen_subcommand_from list show get open rm restore help" -f -a "show" -d 'Show one attachment\'s row'
complete -c lifeos -n "__fish_lifeos_using_subcommand attachment; and not __fish_seen_subcommand_from list show get open rm restore help" -f -a "get" -d 'Write an attachment\'s file (fetched from the server first if this device lacks it)'
complete -c lifeos -n "__fish_lifeos_using_subcommand attachment; and not __fish_seen_subcommand_from list show get open rm restore help" -f -a "open" -d 'Open an attachment with the system\'s opener (or $LIFEOS_OPENER)'
complete -c lifeos -n "__fish_lifeos_using_subcommand attachment; and not __fish_seen_subcommand_from list show get open rm restore help" -f -a "rm" -d 'Delete an attachment (it stays as a tombstone; see restore)'
complete -c lifeos -n "__fish_lifeos_using_subcommand attachment; and not __fish_seen_subcommand_from list show get open rm restore help" -f -a "restore" -d 'Undo the deletion of an attachment'
complete -c lifeos -n "__fish_lifeos_using_subcommand attachment; and not __fish_seen_subcommand_from list show get open rm restore help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lifeos -n "__fish_lifeos_using_subcommand attachment; and __fish_seen_subcommand_from list" -l to -d 'Only the attachments of this row (KIND:ID)' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand attachment; and __fish_seen_subcommand_from list" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand attachment; and __fish_seen_subcommand_from list" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand attachment; and __fish_seen_subcommand_from list" -l credential-store -d 'Where secrets (database key, session token) are kept: the OS keyring, the passphrase-encrypted file, or environment variables (read-only). Default: the config\'s `credential_store`, else keyring, file, env in that order' -r -f -a "keyring\t'The operating system\'s keyring'
file\t'The passphrase-encrypted file'
env\t'Environment variables (read-only)'"
complete -c lifeos -n "__fish_lifeos_using_subcommand attachment; and __fish_seen_subcommand_from list" -l all -d 'Include deleted attachments'
complete -c lifeos -n "__fish_lifeos_using_subcommand attachment; and __fish_seen_subcommand_from list" -l wide -d 'Tables: show every column whole and ids in full, however wide (by default a table fits the terminal, cutting its widest text column, and ids are shortened)'
complete -c lifeos -n "__fish_lifeos_using_subcommand attachment; and __fish_seen_subcommand_from list" -l debug -d 'Explain what happens on stderr (paths, credential stores, server calls); secrets never show'
complete -c lifeos -n "__fish_lifeos_using_subcommand attachment; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand attachment; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand attachment; and __fish_seen_subcommand_from show" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand attachment; and __fish_seen_subcommand_from show" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand attachment; and __fish_seen_subcommand_from show" -l credential-store -d 'Where secrets (database key, session token) are kept: the OS keyring, the passphrase-encrypted file, or environment variables (read-only). Default: the config\'s `credential_store`, else keyring, file, env in that order' -r -f -a "keyring\t'The operating system\'s keyring'
file\t'The passphrase-encrypted file'
env\t'Environment variables (read-only)'"
complete -c lifeos -n "__fish_lifeos_using_subcommand attachment; and __fish_seen_subcommand_from show" -l wide -d 'Tables: show every column whole and ids in full, however wide (by default a table fits the terminal, cutting its widest text column, and ids are shortened)'
complete -c lifeos -n "__fish_lifeos_using_subcommand attachment; and __fish_seen_subcommand_from show" -l debug -d 'Explain what happens on stderr (paths, credential stores, server calls); secrets never show'
complete -c lifeos -n "__fish_lifeos_using_subcommand attachment; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand attachment; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand attachment; and __fish_seen_subcommand_from get" -s o -l output -d 'Where to write it (- for standard output; default: its name, here)' -r -F
complete -c lifeos -n "__fish_lifeos_using_subcommand attachment; and __fish_seen_subcommand_from get" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand attachment; and __fish_seen_subcommand_from get" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand attachment; and __fish_seen_subcommand_from get" -l credential-store -d 'Where secrets (database key, session token) are kept: the OS keyring, the passphrase-encrypted file, or environment variables (read-only). Default: the config\'s `credential_store`, else keyring, file, env in that order' -r -f -a "keyring\t'The operating system\'s keyring'
file\t'The passphrase-encrypted file'
env\t'Environment variables (read-only)'"
complete -c lifeos -n "__fish_lifeos_using_subcommand attachment; and __fish_seen_subcommand_from get" -l force -d 'Replace the file if it exists'
complete -c lifeos -n "__fish_lifeos_using_subcommand attachment; and __fish_seen_subcommand_from get" -l wide -d 'Tables: show every column whole and ids in full, however wide (by default a table fits the terminal, cutting its widest text column, and ids are shortened)'
complete -c lifeos -n "__fish_lifeos_using_subcommand attachment; and __fish_seen_subcommand_from get" -l debug -d 'Explain what happens on stderr (paths, credential stores, server calls); secrets never show'
complete -c lifeos -n "__fish_lifeos_using_subcommand attachment; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand attachment; and __fish_seen_subcommand_from get" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand attachment; and __fish_seen_subcommand_from open" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand attachment; and __fish_seen_subcommand_from open" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand attachment; and __fish_seen_subcommand_from open" -l credential-store -d 'Where secrets (database key, session token) are kept: the OS keyring, the passphrase-encrypted file, or environment variables (read-only). Default: the config\'s `credential_store`, else keyring, file, env in that order' -r -f -a "keyring\t'The operating system\'s keyring'
file\t'The passphrase-encrypted file'
env\t'Environment variables (read-only)'"
complete -c lifeos -n "__fish_lifeos_using_subcommand attachment; and __fish_seen_subcommand_from open" -l wide -d 'Tables: show every column whole and ids in full, however wide (by default a table fits the terminal, cutting its widest text column, and ids are shortened)'
complete -c lifeos -n "__fish_lifeos_using_subcommand attachment; and __fish_seen_subcommand_from open" -l debug -d 'Explain what happens on stderr (paths, credential stores, server calls); secrets never show'
complete -c lifeos -n "__fish_lifeos_using_subcommand attachment; and __fish_seen_subcommand_from open" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand attachment; and __fish_seen_subcommand_from open" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand attachment; and __fish_seen_subcommand_from rm" -l expect-version -d 'Fail if the row is no longer at this version (someone else changed it)' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand attachment; and __fish_seen_subcommand_from rm" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand attachment; and __fish_seen_subcommand_from rm" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand attachment; and __fish_seen_subcommand_from rm" -l credential-store -d 'Where secrets (database key, session token) are kept: the OS keyring, the passphrase-encrypted file, or environment variables (read-only). Default: the config\'s `credential_store`, else keyring, file, env in that order' -r -f -a "keyring\t'The operating system\'s keyring'
file\t'The passphrase-encrypted file'
env\t'Environment variables (read-only)'"
complete -c lifeos -n "__fish_lifeos_using_subcommand attachment; and __fish_seen_subcommand_from rm" -l wide -d 'Tables: show every column whole and ids in full, however wide (by default a table fits the terminal, cutting its widest text column, and ids are shortened)'
complete -c lifeos -n "__fish_lifeos_using_subcommand attachment; and __fish_seen_subcommand_from rm" -l debug -d 'Explain what happens on stderr (paths, credential stores, server calls); secrets never show'
complete -c lifeos -n "__fish_lifeos_using_subcommand attachment; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand attachment; and __fish_seen_subcommand_from rm" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand attachment; and __fish_seen_subcommand_from restore" -l expect-version -d 'Fail if the row is no longer at this version (someone else changed it)' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand attachment; and __fish_seen_subcommand_from restore" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand attachment; and __fish_seen_subcommand_from restore" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand attachment; and __fish_seen_subcommand_from restore" -l credential-store -d 'Where secrets (database key, session token) are kept: the OS keyring, the passphrase-encrypted file, or environment variables (read-only). Default: the config\'s `credential_store`, else keyring, file, env in that order' -r -f -a "keyring\t'The operating system\'s keyring'
file\t'The passphrase-encrypted file'
env\t'Environment variables (read-only)'"
complete -c lifeos -n "__fish_lifeos_using_subcommand attachment; and __fish_seen_subcommand_from restore" -l wide -d 'Tables: show every column whole and ids in full, however wide (by default a table fits the terminal, cutting its widest text column, and ids are shortened)'
complete -c lifeos -n "__fish_lifeos_using_subcommand attachment; and __fish_seen_subcommand_from restore" -l debug -d 'Explain what happens on stderr (paths, credential stores, server calls); secrets never show'
complete -c lifeos -n "__fish_lifeos_using_subcommand attachment; and __fish_seen_subcommand_from restore" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand attachment; and __fish_seen_subcommand_from restore" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand attachment; and __fish_seen_subcommand_from help" -f -a "list" -d 'List attachments: of one row with --to, else all'
complete -c lifeos -n "__fish_lifeos_using_subcommand attachment; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one attachment\'s row'
complete -c lifeos -n "__fish_lifeos_using_subcommand attachment; and __fish_seen_subcommand_from help" -f -a "get" -d 'Write an attachment\'s file (fetched from the server first if this device lacks it)'
complete -c lifeos -n "__fish_lifeos_using_subcommand attachment; and __fish_seen_subcommand_from help" -f -a "open" -d 'Open an attachment with the system\'s opener (or $LIFEOS_OPENER)'
complete -c lifeos -n "__fish_lifeos_using_subcommand attachment; and __fish_seen_subcommand_from help" -f -a "rm" -d 'Delete an attachment (it stays as a tombstone; see restore)'
complete -c lifeos -n "__fish_lifeos_using_subcommand attachment; and __fish_seen_subcommand_from help" -f -a "restore" -d 'Undo the deletion of an attachment'
complete -c lifeos -n "__fish_lifeos_using_subcommand attachment; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lifeos -n "__fish_lifeos_using_subcommand login" -l server -d 'The server\'s URL, e.g. https://lifeos.example.org (default: the profile\'s)' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand login" -l email -d 'Your account\'s email (default: the profile\'s)' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand login" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand login" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand login" -l credential-store -d 'Where secrets (database key, session token) are kept: the OS keyring, the passphrase-encrypted file, or environment variables (read-only). Default: the config\'s `credential_store`, else keyring, file, env in that order' -r -f -a "keyring\t'The operating system\'s keyring'
file\t'The passphrase-encrypted file'
env\t'Environment variables (read-only)'"
complete -c lifeos -n "__fish_lifeos_using_subcommand login" -l wide -d 'Tables: show every column whole and ids in full, however wide (by default a table fits the terminal, cutting its widest text column, and ids are shortened)'
complete -c lifeos -n "__fish_lifeos_using_subcommand login" -l debug -d 'Explain what happens on stderr (paths, credential stores, server calls); secrets never show'
complete -c lifeos -n "__fish_lifeos_using_subcommand login" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand login" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand logout" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand logout" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand logout" -l credential-store -d 'Where secrets (database key, session token) are kept: the OS keyring, the passphrase-encrypted file, or environment variables (read-only). Default: the config\'s `credential_store`, else keyring, file, env in that order' -r -f -a "keyring\t'The operating system\'s keyring'
file\t'The passphrase-encrypted file'
env\t'Environment variables (read-only)'"
complete -c lifeos -n "__fish_lifeos_using_subcommand logout" -l wide -d 'Tables: show every column whole and ids in full, however wide (by default a table fits the terminal, cutting its widest text column, and ids are shortened)'
complete -c lifeos -n "__fish_lifeos_using_subcommand logout" -l debug -d 'Explain what happens on stderr (paths, credential stores, server calls); secrets never show'
complete -c lifeos -n "__fish_lifeos_using_subcommand logout" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand logout" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand sync" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand sync" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand sync" -l credential-store -d 'Where secrets (database key, session token) are kept: the OS keyring, the passphrase-encrypted file, or environment variables (read-only). Default: the config\'s `credential_store`, else keyring, file, env in that order' -r -f -a "keyring\t'The operating system\'s keyring'
file\t'The passphrase-encrypted file'
env\t'Environment variables (read-only)'"
complete -c lifeos -n "__fish_lifeos_using_subcommand sync" -l blobs -d 'Also fetch every attachment\'s file this device lacks, for offline use (otherwise each is fetched on first use)'
complete -c lifeos -n "__fish_lifeos_using_subcommand sync" -l wide -d 'Tables: show every column whole and ids in full, however wide (by default a table fits the terminal, cutting its widest text column, and ids are shortened)'
complete -c lifeos -n "__fish_lifeos_using_subcommand sync" -l debug -d 'Explain what happens on stderr (paths, credential stores, server calls); secrets never show'
complete -c lifeos -n "__fish_lifeos_using_subcommand sync" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand sync" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand status" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand status" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand status" -l credential-store -d 'Where secrets (database key, session token) are kept: the OS keyring, the passphrase-encrypted file, or environment variables (read-only). Default: the config\'s `credential_store`, else keyring, file, env in that order' -r -f -a "keyring\t'The operating system\'s keyring'
file\t'The passphrase-encrypted file'
env\t'Environment variables (read-only)'"
complete -c lifeos -n "__fish_lifeos_using_subcommand status" -l wide -d 'Tables: show every column whole and ids in full, however wide (by default a table fits the terminal, cutting its widest text column, and ids are shortened)'
complete -c lifeos -n "__fish_lifeos_using_subcommand status" -l debug -d 'Explain what happens on stderr (paths, credential stores, server calls); secrets never show'
complete -c lifeos -n "__fish_lifeos_using_subcommand status" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand status" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand workspace; and not __fish_seen_subcommand_from list use help" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand workspace; and not __fish_seen_subcommand_from list use help" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand workspace; and not __fish_seen_subcommand_from list use help" -l credential-store -d 'Where secrets (database key, session token) are kept: the OS keyring, the passphrase-encrypted file, or environment variables (read-only). Default: the config\'s `credential_store`, else keyring, file, env in that order' -r -f -a "keyring\t'The operating system\'s keyring'
file\t'The passphrase-encrypted file'
env\t'Environment variables (read-only)'"
complete -c lifeos -n "__fish_lifeos_using_subcommand workspace; and not __fish_seen_subcommand_from list use help" -l wide -d 'Tables: show every column whole and ids in full, however wide (by default a table fits the terminal, cutting its widest text column, and ids are shortened)'
complete -c lifeos -n "__fish_lifeos_using_subcommand workspace; and not __fish_seen_subcommand_from list use help" -l debug -d 'Explain what happens on stderr (paths, credential stores, server calls); secrets never show'
complete -c lifeos -n "__fish_lifeos_using_subcommand workspace; and not __fish_seen_subcommand_from list use help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand workspace; and not __fish_seen_subcommand_from list use help" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand workspace; and not __fish_seen_subcommand_from list use help" -f -a "list" -d 'List your workspaces'
complete -c lifeos -n "__fish_lifeos_using_subcommand workspace; and not __fish_seen_subcommand_from list use help" -f -a "use" -d 'Make this profile mirror a workspace (a profile\'s database holds one workspace)'
complete -c lifeos -n "__fish_lifeos_using_subcommand workspace; and not __fish_seen_subcommand_from list use help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lifeos -n "__fish_lifeos_using_subcommand workspace; and __fish_seen_subcommand_from list" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand workspace; and __fish_seen_subcommand_from list" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand workspace; and __fish_seen_subcommand_from list" -l credential-store -d 'Where secrets (database key, session token) are kept: the OS keyring, the passphrase-encrypted file, or environment variables (read-only). Default: the config\'s `credential_store`, else keyring, file, env in that order' -r -f -a "keyring\t'The operating system\'s keyring'
file\t'The passphrase-encrypted file'
env\t'Environment variables (read-only)'"
complete -c lifeos -n "__fish_lifeos_using_subcommand workspace; and __fish_seen_subcommand_from list" -l wide -d 'Tables: show every column whole and ids in full, however wide (by default a table fits the terminal, cutting its widest text column, and ids are shortened)'
complete -c lifeos -n "__fish_lifeos_using_subcommand workspace; and __fish_seen_subcommand_from list" -l debug -d 'Explain what happens on stderr (paths, credential stores, server calls); secrets never show'
complete -c lifeos -n "__fish_lifeos_using_subcommand workspace; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand workspace; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand workspace; and __fish_seen_subcommand_from use" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand workspace; and __fish_seen_subcommand_from use" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand workspace; and __fish_seen_subcommand_from use" -l credential-store -d 'Where secrets (database key, session token) are kept: the OS keyring, the passphrase-encrypted file, or environment variables (read-only). Default: the config\'s `credential_store`, else keyring, file, env in that order' -r -f -a "keyring\t'The operating system\'s keyring'
file\t'The passphrase-encrypted file'
env\t'Environment variables (read-only)'"
complete -c lifeos -n "__fish_lifeos_using_subcommand workspace; and __fish_seen_subcommand_from use" -l wide -d 'Tables: show every column whole and ids in full, however wide (by default a table fits the terminal, cutting its widest text column, and ids are shortened)'
complete -c lifeos -n "__fish_lifeos_using_subcommand workspace; and __fish_seen_subcommand_from use" -l debug -d 'Explain what happens on stderr (paths, credential stores, server calls); secrets never show'
complete -c lifeos -n "__fish_lifeos_using_subcommand workspace; and __fish_seen_subcommand_from use" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand workspace; and __fish_seen_subcommand_from use" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand workspace; and __fish_seen_subcommand_from help" -f -a "list" -d 'List your workspaces'
complete -c lifeos -n "__fish_lifeos_using_subcommand workspace; and __fish_seen_subcommand_from help" -f -a "use" -d 'Make this profile mirror a workspace (a profile\'s database holds one workspace)'
complete -c lifeos -n "__fish_lifeos_using_subcommand workspace; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lifeos -n "__fish_lifeos_using_subcommand auth; and not __fish_seen_subcommand_from status export-key help" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand auth; and not __fish_seen_subcommand_from status export-key help" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand auth; and not __fish_seen_subcommand_from status export-key help" -l credential-store -d 'Where secrets (database key, session token) are kept: the OS keyring, the passphrase-encrypted file, or environment variables (read-only). Default: the config\'s `credential_store`, else keyring, file, env in that order' -r -f -a "keyring\t'The operating system\'s keyring'
file\t'The passphrase-encrypted file'
env\t'Environment variables (read-only)'"
complete -c lifeos -n "__fish_lifeos_using_subcommand auth; and not __fish_seen_subcommand_from status export-key help" -l wide -d 'Tables: show every column whole and ids in full, however wide (by default a table fits the terminal, cutting its widest text column, and ids are shortened)'
complete -c lifeos -n "__fish_lifeos_using_subcommand auth; and not __fish_seen_subcommand_from status export-key help" -l debug -d 'Explain what happens on stderr (paths, credential stores, server calls); secrets never show'
complete -c lifeos -n "__fish_lifeos_using_subcommand auth; and not __fish_seen_subcommand_from status export-key help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand auth; and not __fish_seen_subcommand_from status export-key help" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand auth; and not __fish_seen_subcommand_from status export-key help" -f -a "status" -d 'Which credential store holds which secret (never the secret itself)'
complete -c lifeos -n "__fish_lifeos_using_subcommand auth; and not __fish_seen_subcommand_from status export-key help" -f -a "export-key" -d 'Print the database key (64 hex digits, what LIFEOS_DB_KEY takes) for safekeeping, after a warning; it asks first unless --yes'
complete -c lifeos -n "__fish_lifeos_using_subcommand auth; and not __fish_seen_subcommand_from status export-key help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lifeos -n "__fish_lifeos_using_subcommand auth; and __fish_seen_subcommand_from status" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand auth; and __fish_seen_subcommand_from status" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand auth; and __fish_seen_subcommand_from status" -l credential-store -d 'Where secrets (database key, session token) are kept: the OS keyring, the passphrase-encrypted file, or environment variables (read-only). Default: the config\'s `credential_store`, else keyring, file, env in that order' -r -f -a "keyring\t'The operating system\'s keyring'
file\t'The passphrase-encrypted file'
env\t'Environment variables (read-only)'"
complete -c lifeos -n "__fish_lifeos_using_subcommand auth; and __fish_seen_subcommand_from status" -l wide -d 'Tables: show every column whole and ids in full, however wide (by default a table fits the terminal, cutting its widest text column, and ids are shortened)'
complete -c lifeos -n "__fish_lifeos_using_subcommand auth; and __fish_seen_subcommand_from status" -l debug -d 'Explain what happens on stderr (paths, credential stores, server calls); secrets never show'
complete -c lifeos -n "__fish_lifeos_using_subcommand auth; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand auth; and __fish_seen_subcommand_from status" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand auth; and __fish_seen_subcommand_from export-key" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand auth; and __fish_seen_subcommand_from export-key" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand auth; and __fish_seen_subcommand_from export-key" -l credential-store -d 'Where secrets (database key, session token) are kept: the OS keyring, the passphrase-encrypted file, or environment variables (read-only). Default: the config\'s `credential_store`, else keyring, file, env in that order' -r -f -a "keyring\t'The operating system\'s keyring'
file\t'The passphrase-encrypted file'
env\t'Environment variables (read-only)'"
complete -c lifeos -n "__fish_lifeos_using_subcommand auth; and __fish_seen_subcommand_from export-key" -l yes -d 'Show it without asking'
complete -c lifeos -n "__fish_lifeos_using_subcommand auth; and __fish_seen_subcommand_from export-key" -l wide -d 'Tables: show every column whole and ids in full, however wide (by default a table fits the terminal, cutting its widest text column, and ids are shortened)'
complete -c lifeos -n "__fish_lifeos_using_subcommand auth; and __fish_seen_subcommand_from export-key" -l debug -d 'Explain what happens on stderr (paths, credential stores, server calls); secrets never show'
complete -c lifeos -n "__fish_lifeos_using_subcommand auth; and __fish_seen_subcommand_from export-key" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand auth; and __fish_seen_subcommand_from export-key" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "status" -d 'Which credential store holds which secret (never the secret itself)'
complete -c lifeos -n "__fish_lifeos_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "export-key" -d 'Print the database key (64 hex digits, what LIFEOS_DB_KEY takes) for safekeeping, after a warning; it asks first unless --yes'
complete -c lifeos -n "__fish_lifeos_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lifeos -n "__fish_lifeos_using_subcommand db; and not __fish_seen_subcommand_from rekey check backup reindex help" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand db; and not __fish_seen_subcommand_from rekey check backup reindex help" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand db; and not __fish_seen_subcommand_from rekey check backup reindex help" -l credential-store -d 'Where secrets (database key, session token) are kept: the OS keyring, the passphrase-encrypted file, or environment variables (read-only). Default: the config\'s `credential_store`, else keyring, file, env in that order' -r -f -a "keyring\t'The operating system\'s keyring'
file\t'The passphrase-encrypted file'
env\t'Environment variables (read-only)'"
complete -c lifeos -n "__fish_lifeos_using_subcommand db; and not __fish_seen_subcommand_from rekey check backup reindex help" -l wide -d 'Tables: show every column whole and ids in full, however wide (by default a table fits the terminal, cutting its widest text column, and ids are shortened)'
complete -c lifeos -n "__fish_lifeos_using_subcommand db; and not __fish_seen_subcommand_from rekey check backup reindex help" -l debug -d 'Explain what happens on stderr (paths, credential stores, server calls); secrets never show'
complete -c lifeos -n "__fish_lifeos_using_subcommand db; and not __fish_seen_subcommand_from rekey check backup reindex help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand db; and not __fish_seen_subcommand_from rekey check backup reindex help" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand db; and not __fish_seen_subcommand_from rekey check backup reindex help" -f -a "rekey" -d 'Re-encrypt the database under a new random key, kept in the credential store; the old key stops working'
complete -c lifeos -n "__fish_lifeos_using_subcommand db; and not __fish_seen_subcommand_from rekey check backup reindex help" -f -a "check" -d 'Check every page of the database (SQLCipher\'s and SQLite\'s integrity checks) without changing it; exits 1 if it is damaged'
complete -c lifeos -n "__fish_lifeos_using_subcommand db; and not __fish_seen_subcommand_from rekey check backup reindex help" -f -a "backup" -d 'Write a consistent copy of the database to FILE, encrypted with the same key'
complete -c lifeos -n "__fish_lifeos_using_subcommand db; and not __fish_seen_subcommand_from rekey check backup reindex help" -f -a "reindex" -d 'Rebuild the search index and the timeline from the rows (they are kept with every write and rebuilt when an upgrade changes them; this is for a deferred index, LIFEOS_SEARCH_INDEX=off, or peace of mind)'
complete -c lifeos -n "__fish_lifeos_using_subcommand db; and not __fish_seen_subcommand_from rekey check backup reindex help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lifeos -n "__fish_lifeos_using_subcommand db; and __fish_seen_subcommand_from rekey" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand db; and __fish_seen_subcommand_from rekey" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand db; and __fish_seen_subcommand_from rekey" -l credential-store -d 'Where secrets (database key, session token) are kept: the OS keyring, the passphrase-encrypted file, or environment variables (read-only). Default: the config\'s `credential_store`, else keyring, file, env in that order' -r -f -a "keyring\t'The operating system\'s keyring'
file\t'The passphrase-encrypted file'
env\t'Environment variables (read-only)'"
complete -c lifeos -n "__fish_lifeos_using_subcommand db; and __fish_seen_subcommand_from rekey" -l passphrase -d 'Derive the new key from a new passphrase instead (LIFEOS_NEW_PASSPHRASE, or prompted twice), with a new salt in kdf.toml'
complete -c lifeos -n "__fish_lifeos_using_subcommand db; and __fish_seen_subcommand_from rekey" -l wide -d 'Tables: show every column whole and ids in full, however wide (by default a table fits the terminal, cutting its widest text column, and ids are shortened)'
complete -c lifeos -n "__fish_lifeos_using_subcommand db; and __fish_seen_subcommand_from rekey" -l debug -d 'Explain what happens on stderr (paths, credential stores, server calls); secrets never show'
complete -c lifeos -n "__fish_lifeos_using_subcommand db; and __fish_seen_subcommand_from rekey" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand db; and __fish_seen_subcommand_from rekey" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand db; and __fish_seen_subcommand_from check" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand db; and __fish_seen_subcommand_from check" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand db; and __fish_seen_subcommand_from check" -l credential-store -d 'Where secrets (database key, session token) are kept: the OS keyring, the passphrase-encrypted file, or environment variables (read-only). Default: the config\'s `credential_store`, else keyring, file, env in that order' -r -f -a "keyring\t'The operating system\'s keyring'
file\t'The passphrase-encrypted file'
env\t'Environment variables (read-only)'"
complete -c lifeos -n "__fish_lifeos_using_subcommand db; and __fish_seen_subcommand_from check" -l wide -d 'Tables: show every column whole and ids in full, however wide (by default a table fits the terminal, cutting its widest text column, and ids are shortened)'
complete -c lifeos -n "__fish_lifeos_using_subcommand db; and __fish_seen_subcommand_from check" -l debug -d 'Explain what happens on stderr (paths, credential stores, server calls); secrets never show'
complete -c lifeos -n "__fish_lifeos_using_subcommand db; and __fish_seen_subcommand_from check" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand db; and __fish_seen_subcommand_from check" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand db; and __fish_seen_subcommand_from backup" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand db; and __fish_seen_subcommand_from backup" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand db; and __fish_seen_subcommand_from backup" -l credential-store -d 'Where secrets (database key, session token) are kept: the OS keyring, the passphrase-encrypted file, or environment variables (read-only). Default: the config\'s `credential_store`, else keyring, file, env in that order' -r -f -a "keyring\t'The operating system\'s keyring'
file\t'The passphrase-encrypted file'
env\t'Environment variables (read-only)'"
complete -c lifeos -n "__fish_lifeos_using_subcommand db; and __fish_seen_subcommand_from backup" -l wide -d 'Tables: show every column whole and ids in full, however wide (by default a table fits the terminal, cutting its widest text column, and ids are shortened)'
complete -c lifeos -n "__fish_lifeos_using_subcommand db; and __fish_seen_subcommand_from backup" -l debug -d 'Explain what happens on stderr (paths, credential stores, server calls); secrets never show'
complete -c lifeos -n "__fish_lifeos_using_subcommand db; and __fish_seen_subcommand_from backup" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand db; and __fish_seen_subcommand_from backup" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand db; and __fish_seen_subcommand_from reindex" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand db; and __fish_seen_subcommand_from reindex" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand db; and __fish_seen_subcommand_from reindex" -l credential-store -d 'Where secrets (database key, session token) are kept: the OS keyring, the passphrase-encrypted file, or environment variables (read-only). Default: the config\'s `credential_store`, else keyring, file, env in that order' -r -f -a "keyring\t'The operating system\'s keyring'
file\t'The passphrase-encrypted file'
env\t'Environment variables (read-only)'"
complete -c lifeos -n "__fish_lifeos_using_subcommand db; and __fish_seen_subcommand_from reindex" -l wide -d 'Tables: show every column whole and ids in full, however wide (by default a table fits the terminal, cutting its widest text column, and ids are shortened)'
complete -c lifeos -n "__fish_lifeos_using_subcommand db; and __fish_seen_subcommand_from reindex" -l debug -d 'Explain what happens on stderr (paths, credential stores, server calls); secrets never show'
complete -c lifeos -n "__fish_lifeos_using_subcommand db; and __fish_seen_subcommand_from reindex" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand db; and __fish_seen_subcommand_from reindex" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "rekey" -d 'Re-encrypt the database under a new random key, kept in the credential store; the old key stops working'
complete -c lifeos -n "__fish_lifeos_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "check" -d 'Check every page of the database (SQLCipher\'s and SQLite\'s integrity checks) without changing it; exits 1 if it is damaged'
complete -c lifeos -n "__fish_lifeos_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "backup" -d 'Write a consistent copy of the database to FILE, encrypted with the same key'
complete -c lifeos -n "__fish_lifeos_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "reindex" -d 'Rebuild the search index and the timeline from the rows (they are kept with every write and rebuilt when an upgrade changes them; this is for a deferred index, LIFEOS_SEARCH_INDEX=off, or peace of mind)'
complete -c lifeos -n "__fish_lifeos_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lifeos -n "__fish_lifeos_using_subcommand profile; and not __fish_seen_subcommand_from list add use rm help" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand profile; and not __fish_seen_subcommand_from list add use rm help" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand profile; and not __fish_seen_subcommand_from list add use rm help" -l credential-store -d 'Where secrets (database key, session token) are kept: the OS keyring, the passphrase-encrypted file, or environment variables (read-only). Default: the config\'s `credential_store`, else keyring, file, env in that order' -r -f -a "keyring\t'The operating system\'s keyring'
file\t'The passphrase-encrypted file'
env\t'Environment variables (read-only)'"
complete -c lifeos -n "__fish_lifeos_using_subcommand profile; and not __fish_seen_subcommand_from list add use rm help" -l wide -d 'Tables: show every column whole and ids in full, however wide (by default a table fits the terminal, cutting its widest text column, and ids are shortened)'
complete -c lifeos -n "__fish_lifeos_using_subcommand profile; and not __fish_seen_subcommand_from list add use rm help" -l debug -d 'Explain what happens on stderr (paths, credential stores, server calls); secrets never show'
complete -c lifeos -n "__fish_lifeos_using_subcommand profile; and not __fish_seen_subcommand_from list add use rm help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand profile; and not __fish_seen_subcommand_from list add use rm help" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand profile; and not __fish_seen_subcommand_from list add use rm help" -f -a "list" -d 'List the profiles'
complete -c lifeos -n "__fish_lifeos_using_subcommand profile; and not __fish_seen_subcommand_from list add use rm help" -f -a "add" -d 'Create a profile (its database is made on first use)'
complete -c lifeos -n "__fish_lifeos_using_subcommand profile; and not __fish_seen_subcommand_from list add use rm help" -f -a "use" -d 'Make a profile the default'
complete -c lifeos -n "__fish_lifeos_using_subcommand profile; and not __fish_seen_subcommand_from list add use rm help" -f -a "rm" -d 'Delete a profile: its settings, its credentials and its database'
complete -c lifeos -n "__fish_lifeos_using_subcommand profile; and not __fish_seen_subcommand_from list add use rm help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lifeos -n "__fish_lifeos_using_subcommand profile; and __fish_seen_subcommand_from list" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand profile; and __fish_seen_subcommand_from list" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand profile; and __fish_seen_subcommand_from list" -l credential-store -d 'Where secrets (database key, session token) are kept: the OS keyring, the passphrase-encrypted file, or environment variables (read-only). Default: the config\'s `credential_store`, else keyring, file, env in that order' -r -f -a "keyring\t'The operating system\'s keyring'
file\t'The passphrase-encrypted file'
env\t'Environment variables (read-only)'"
complete -c lifeos -n "__fish_lifeos_using_subcommand profile; and __fish_seen_subcommand_from list" -l wide -d 'Tables: show every column whole and ids in full, however wide (by default a table fits the terminal, cutting its widest text column, and ids are shortened)'
complete -c lifeos -n "__fish_lifeos_using_subcommand profile; and __fish_seen_subcommand_from list" -l debug -d 'Explain what happens on stderr (paths, credential stores, server calls); secrets never show'
complete -c lifeos -n "__fish_lifeos_using_subcommand profile; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand profile; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand profile; and __fish_seen_subcommand_from add" -l server -d 'Its sync server\'s URL' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand profile; and __fish_seen_subcommand_from add" -l email -d 'Its account\'s email' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand profile; and __fish_seen_subcommand_from add" -l store -d 'Keep its secrets in this credential store' -r -f -a "keyring\t'The operating system\'s keyring'
file\t'The passphrase-encrypted file'
env\t'Environment variables (read-only)'"
complete -c lifeos -n "__fish_lifeos_using_subcommand profile; and __fish_seen_subcommand_from add" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand profile; and __fish_seen_subcommand_from add" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand profile; and __fish_seen_subcommand_from add" -l credential-store -d 'Where secrets (database key, session token) are kept: the OS keyring, the passphrase-encrypted file, or environment variables (read-only). Default: the config\'s `credential_store`, else keyring, file, env in that order' -r -f -a "keyring\t'The operating system\'s keyring'
file\t'The passphrase-encrypted file'
env\t'Environment variables (read-only)'"
complete -c lifeos -n "__fish_lifeos_using_subcommand profile; and __fish_seen_subcommand_from add" -l use -d 'Make it the default profile too'
complete -c lifeos -n "__fish_lifeos_using_subcommand profile; and __fish_seen_subcommand_from add" -l wide -d 'Tables: show every column whole and ids in full, however wide (by default a table fits the terminal, cutting its widest text column, and ids are shortened)'
complete -c lifeos -n "__fish_lifeos_using_subcommand profile; and __fish_seen_subcommand_from add" -l debug -d 'Explain what happens on stderr (paths, credential stores, server calls); secrets never show'
complete -c lifeos -n "__fish_lifeos_using_subcommand profile; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand profile; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand profile; and __fish_seen_subcommand_from use" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand profile; and __fish_seen_subcommand_from use" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand profile; and __fish_seen_subcommand_from use" -l credential-store -d 'Where secrets (database key, session token) are kept: the OS keyring, the passphrase-encrypted file, or environment variables (read-only). Default: the config\'s `credential_store`, else keyring, file, env in that order' -r -f -a "keyring\t'The operating system\'s keyring'
file\t'The passphrase-encrypted file'
env\t'Environment variables (read-only)'"
complete -c lifeos -n "__fish_lifeos_using_subcommand profile; and __fish_seen_subcommand_from use" -l wide -d 'Tables: show every column whole and ids in full, however wide (by default a table fits the terminal, cutting its widest text column, and ids are shortened)'
complete -c lifeos -n "__fish_lifeos_using_subcommand profile; and __fish_seen_subcommand_from use" -l debug -d 'Explain what happens on stderr (paths, credential stores, server calls); secrets never show'
complete -c lifeos -n "__fish_lifeos_using_subcommand profile; and __fish_seen_subcommand_from use" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand profile; and __fish_seen_subcommand_from use" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand profile; and __fish_seen_subcommand_from rm" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand profile; and __fish_seen_subcommand_from rm" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand profile; and __fish_seen_subcommand_from rm" -l credential-store -d 'Where secrets (database key, session token) are kept: the OS keyring, the passphrase-encrypted file, or environment variables (read-only). Default: the config\'s `credential_store`, else keyring, file, env in that order' -r -f -a "keyring\t'The operating system\'s keyring'
file\t'The passphrase-encrypted file'
env\t'Environment variables (read-only)'"
complete -c lifeos -n "__fish_lifeos_using_subcommand profile; and __fish_seen_subcommand_from rm" -l yes -d 'Yes, delete its database too (unsynced changes are lost)'
complete -c lifeos -n "__fish_lifeos_using_subcommand profile; and __fish_seen_subcommand_from rm" -l wide -d 'Tables: show every column whole and ids in full, however wide (by default a table fits the terminal, cutting its widest text column, and ids are shortened)'
complete -c lifeos -n "__fish_lifeos_using_subcommand profile; and __fish_seen_subcommand_from rm" -l debug -d 'Explain what happens on stderr (paths, credential stores, server calls); secrets never show'
complete -c lifeos -n "__fish_lifeos_using_subcommand profile; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand profile; and __fish_seen_subcommand_from rm" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the profiles'
complete -c lifeos -n "__fish_lifeos_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "add" -d 'Create a profile (its database is made on first use)'
complete -c lifeos -n "__fish_lifeos_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "use" -d 'Make a profile the default'
complete -c lifeos -n "__fish_lifeos_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "rm" -d 'Delete a profile: its settings, its credentials and its database'
complete -c lifeos -n "__fish_lifeos_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lifeos -n "__fish_lifeos_using_subcommand unlock" -l for -d 'How long to stay unlocked (`8h`, `90m`, `1d`; at most 30 days); default the config\'s `unlock_for`, else 8 hours. It still locks after the config\'s `unlock_idle` (default 1 hour) without a command' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand unlock" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand unlock" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand unlock" -l credential-store -d 'Where secrets (database key, session token) are kept: the OS keyring, the passphrase-encrypted file, or environment variables (read-only). Default: the config\'s `credential_store`, else keyring, file, env in that order' -r -f -a "keyring\t'The operating system\'s keyring'
file\t'The passphrase-encrypted file'
env\t'Environment variables (read-only)'"
complete -c lifeos -n "__fish_lifeos_using_subcommand unlock" -l wide -d 'Tables: show every column whole and ids in full, however wide (by default a table fits the terminal, cutting its widest text column, and ids are shortened)'
complete -c lifeos -n "__fish_lifeos_using_subcommand unlock" -l debug -d 'Explain what happens on stderr (paths, credential stores, server calls); secrets never show'
complete -c lifeos -n "__fish_lifeos_using_subcommand unlock" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand unlock" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand lock" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand lock" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand lock" -l credential-store -d 'Where secrets (database key, session token) are kept: the OS keyring, the passphrase-encrypted file, or environment variables (read-only). Default: the config\'s `credential_store`, else keyring, file, env in that order' -r -f -a "keyring\t'The operating system\'s keyring'
file\t'The passphrase-encrypted file'
env\t'Environment variables (read-only)'"
complete -c lifeos -n "__fish_lifeos_using_subcommand lock" -l wide -d 'Tables: show every column whole and ids in full, however wide (by default a table fits the terminal, cutting its widest text column, and ids are shortened)'
complete -c lifeos -n "__fish_lifeos_using_subcommand lock" -l debug -d 'Explain what happens on stderr (paths, credential stores, server calls); secrets never show'
complete -c lifeos -n "__fish_lifeos_using_subcommand lock" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand lock" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand health; and not __fish_seen_subcommand_from log list trend summary rm restore import help" -l units -d 'metric (kg, km, ml) or imperial (lb, mi, fl oz)' -r -f -a "metric\t'kg, km, ml'
imperial\t'lb, mi, fl oz'"
complete -c lifeos -n "__fish_lifeos_using_subcommand health; and not __fish_seen_subcommand_from log list trend summary rm restore import help" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand health; and not __fish_seen_subcommand_from log list trend summary rm restore import help" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand health; and not __fish_seen_subcommand_from log list trend summary rm restore import help" -l credential-store -d 'Where secrets (database key, session token) are kept: the OS keyring, the passphrase-encrypted file, or environment variables (read-only). Default: the config\'s `credential_store`, else keyring, file, env in that order' -r -f -a "keyring\t'The operating system\'s keyring'
file\t'The passphrase-encrypted file'
env\t'Environment variables (read-only)'"
complete -c lifeos -n "__fish_lifeos_using_subcommand health; and not __fish_seen_subcommand_from log list trend summary rm restore import help" -l wide -d 'Tables: show every column whole and ids in full, however wide (by default a table fits the terminal, cutting its widest text column, and ids are shortened)'
complete -c lifeos -n "__fish_lifeos_using_subcommand health; and not __fish_seen_subcommand_from log list trend summary rm restore import help" -l debug -d 'Explain what happens on stderr (paths, credential stores, server calls); secrets never show'
complete -c lifeos -n "__fish_lifeos_using_subcommand health; and not __fish_seen_subcommand_from log list trend summary rm restore import help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand health; and not __fish_seen_subcommand_from log list trend summary rm restore import help" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand health; and not __fish_seen_subcommand_from log list trend summary rm restore import help" -f -a "log" -d 'Log a measurement: `weight 72.4kg`, `bp 120/80`, `sleep --from 23:10 --to 06:40`, `steps 9000`, `water 500ml`, `mood 4`, `body_fat 18.5%`, `hr 58`, or your own kind with `--unit` (`glucose 5.4 --unit mmol/L`)'
complete -c lifeos -n "__fish_lifeos_using_subcommand health; and not __fish_seen_subcommand_from log list trend summary rm restore import help" -f -a "list" -d 'Entries, newest first'
complete -c lifeos -n "__fish_lifeos_using_subcommand health; and not __fish_seen_subcommand_from log list trend summary rm restore import help" -f -a "trend" -d 'Latest value, 7- and 30-day averages and the trend of one kind'
complete -c lifeos -n "__fish_lifeos_using_subcommand health; and not __fish_seen_subcommand_from log list trend summary rm restore import help" -f -a "summary" -d 'Latest value, averages and trend of every kind logged'
complete -c lifeos -n "__fish_lifeos_using_subcommand health; and not __fish_seen_subcommand_from log list trend summary rm restore import help" -f -a "rm" -d 'Delete an entry (soft)'
complete -c lifeos -n "__fish_lifeos_using_subcommand health; and not __fish_seen_subcommand_from log list trend summary rm restore import help" -f -a "restore" -d 'Undo a delete'
complete -c lifeos -n "__fish_lifeos_using_subcommand health; and not __fish_seen_subcommand_from log list trend summary rm restore import help" -f -a "import" -d 'Import a CSV file: `--map date=Date,value=Weight` with `--kind weight`, or a `kind=` column. Rows already imported (or logged alike) are skipped; a bad row rejects the file and names the row'
complete -c lifeos -n "__fish_lifeos_using_subcommand health; and not __fish_seen_subcommand_from log list trend summary rm restore import help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lifeos -n "__fish_lifeos_using_subcommand health; and __fish_seen_subcommand_from log" -l at -d 'When (RFC 3339, `YYYY-MM-DD HH:MM` or `HH:MM` today, local time); default now' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand health; and __fish_seen_subcommand_from log" -l from -d 'Sleep: when it started (`23:10`: the last 23:10 before --to)' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand health; and __fish_seen_subcommand_from log" -l to -d 'Sleep: when it ended (`06:40`: the last 06:40 until now)' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand health; and __fish_seen_subcommand_from log" -l unit -d 'The unit of a kind of your own' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand health; and __fish_seen_subcommand_from log" -l note -d 'A note' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand health; and __fish_seen_subcommand_from log" -l units -d 'metric (kg, km, ml) or imperial (lb, mi, fl oz)' -r -f -a "metric\t'kg, km, ml'
imperial\t'lb, mi, fl oz'"
complete -c lifeos -n "__fish_lifeos_using_subcommand health; and __fish_seen_subcommand_from log" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand health; and __fish_seen_subcommand_from log" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand health; and __fish_seen_subcommand_from log" -l credential-store -d 'Where secrets (database key, session token) are kept: the OS keyring, the passphrase-encrypted file, or environment variables (read-only). Default: the config\'s `credential_store`, else keyring, file, env in that order' -r -f -a "keyring\t'The operating system\'s keyring'
file\t'The passphrase-encrypted file'
env\t'Environment variables (read-only)'"
complete -c lifeos -n "__fish_lifeos_using_subcommand health; and __fish_seen_subcommand_from log" -l wide -d 'Tables: show every column whole and ids in full, however wide (by default a table fits the terminal, cutting its widest text column, and ids are shortened)'
complete -c lifeos -n "__fish_lifeos_using_subcommand health; and __fish_seen_subcommand_from log" -l debug -d 'Explain what happens on stderr (paths, credential stores, server calls); secrets never show'
complete -c lifeos -n "__fish_lifeos_using_subcommand health; and __fish_seen_subcommand_from log" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand health; and __fish_seen_subcommand_from log" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand health; and __fish_seen_subcommand_from list" -l kind -d 'Only this kind' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand health; and __fish_seen_subcommand_from list" -l days -d 'Only the last N days' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand health; and __fish_seen_subcommand_from list" -l units -d 'metric (kg, km, ml) or imperial (lb, mi, fl oz)' -r -f -a "metric\t'kg, km, ml'
imperial\t'lb, mi, fl oz'"
complete -c lifeos -n "__fish_lifeos_using_subcommand health; and __fish_seen_subcommand_from list" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand health; and __fish_seen_subcommand_from list" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand health; and __fish_seen_subcommand_from list" -l credential-store -d 'Where secrets (database key, session token) are kept: the OS keyring, the passphrase-encrypted file, or environment variables (read-only). Default: the config\'s `credential_store`, else keyring, file, env in that order' -r -f -a "keyring\t'The operating system\'s keyring'
file\t'The passphrase-encrypted file'
env\t'Environment variables (read-only)'"
complete -c lifeos -n "__fish_lifeos_using_subcommand health; and __fish_seen_subcommand_from list" -l all -d 'Include deleted ones'
complete -c lifeos -n "__fish_lifeos_using_subcommand health; and __fish_seen_subcommand_from list" -l wide -d 'Tables: show every column whole and ids in full, however wide (by default a table fits the terminal, cutting its widest text column, and ids are shortened)'
complete -c lifeos -n "__fish_lifeos_using_subcommand health; and __fish_seen_subcommand_from list" -l debug -d 'Explain what happens on stderr (paths, credential stores, server calls); secrets never show'
complete -c lifeos -n "__fish_lifeos_using_subcommand health; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand health; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand health; and __fish_seen_subcommand_from trend" -l days -d 'The window, days' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand health; and __fish_seen_subcommand_from trend" -l units -d 'metric (kg, km, ml) or imperial (lb, mi, fl oz)' -r -f -a "metric\t'kg, km, ml'
imperial\t'lb, mi, fl oz'"
complete -c lifeos -n "__fish_lifeos_using_subcommand health; and __fish_seen_subcommand_from trend" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand health; and __fish_seen_subcommand_from trend" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand health; and __fish_seen_subcommand_from trend" -l credential-store -d 'Where secrets (database key, session token) are kept: the OS keyring, the passphrase-encrypted file, or environment variables (read-only). Default: the config\'s `credential_store`, else keyring, file, env in that order' -r -f -a "keyring\t'The operating system\'s keyring'
file\t'The passphrase-encrypted file'
env\t'Environment variables (read-only)'"
complete -c lifeos -n "__fish_lifeos_using_subcommand health; and __fish_seen_subcommand_from trend" -l wide -d 'Tables: show every column whole and ids in full, however wide (by default a table fits the terminal, cutting its widest text column, and ids are shortened)'
complete -c lifeos -n "__fish_lifeos_using_subcommand health; and __fish_seen_subcommand_from trend" -l debug -d 'Explain what happens on stderr (paths, credential stores, server calls); secrets never show'
complete -c lifeos -n "__fish_lifeos_using_subcommand health; and __fish_seen_subcommand_from trend" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand health; and __fish_seen_subcommand_from trend" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand health; and __fish_seen_subcommand_from summary" -l units -d 'metric (kg, km, ml) or imperial (lb, mi, fl oz)' -r -f -a "metric\t'kg, km, ml'
imperial\t'lb, mi, fl oz'"
complete -c lifeos -n "__fish_lifeos_using_subcommand health; and __fish_seen_subcommand_from summary" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand health; and __fish_seen_subcommand_from summary" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand health; and __fish_seen_subcommand_from summary" -l credential-store -d 'Where secrets (database key, session token) are kept: the OS keyring, the passphrase-encrypted file, or environment variables (read-only). Default: the config\'s `credential_store`, else keyring, file, env in that order' -r -f -a "keyring\t'The operating system\'s keyring'
file\t'The passphrase-encrypted file'
env\t'Environment variables (read-only)'"
complete -c lifeos -n "__fish_lifeos_using_subcommand health; and __fish_seen_subcommand_from summary" -l wide -d 'Tables: show every column whole and ids in full, however wide (by default a table fits the terminal, cutting its widest text column, and ids are shortened)'
complete -c lifeos -n "__fish_lifeos_using_subcommand health; and __fish_seen_subcommand_from summary" -l debug -d 'Explain what happens on stderr (paths, credential stores, server calls); secrets never show'
complete -c lifeos -n "__fish_lifeos_using_subcommand health; and __fish_seen_subcommand_from summary" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand health; and __fish_seen_subcommand_from summary" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand health; and __fish_seen_subcommand_from rm" -l expect-version -d 'Fail if the row is no longer at this version (someone else changed it)' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand health; and __fish_seen_subcommand_from rm" -l units -d 'metric (kg, km, ml) or imperial (lb, mi, fl oz)' -r -f -a "metric\t'kg, km, ml'
imperial\t'lb, mi, fl oz'"
complete -c lifeos -n "__fish_lifeos_using_subcommand health; and __fish_seen_subcommand_from rm" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand health; and __fish_seen_subcommand_from rm" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand health; and __fish_seen_subcommand_from rm" -l credential-store -d 'Where secrets (database key, session token) are kept: the OS keyring, the passphrase-encrypted file, or environment variables (read-only). Default: the config\'s `credential_store`, else keyring, file, env in that order' -r -f -a "keyring\t'The operating system\'s keyring'
file\t'The passphrase-encrypted file'
env\t'Environment variables (read-only)'"
complete -c lifeos -n "__fish_lifeos_using_subcommand health; and __fish_seen_subcommand_from rm" -l wide -d 'Tables: show every column whole and ids in full, however wide (by default a table fits the terminal, cutting its widest text column, and ids are shortened)'
complete -c lifeos -n "__fish_lifeos_using_subcommand health; and __fish_seen_subcommand_from rm" -l debug -d 'Explain what happens on stderr (paths, credential stores, server calls); secrets never show'
complete -c lifeos -n "__fish_lifeos_using_subcommand health; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand health; and __fish_seen_subcommand_from rm" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand health; and __fish_seen_subcommand_from restore" -l expect-version -d 'Fail if the row is no longer at this version (someone else changed it)' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand health; and __fish_seen_subcommand_from restore" -l units -d 'metric (kg, km, ml) or imperial (lb, mi, fl oz)' -r -f -a "metric\t'kg, km, ml'
imperial\t'lb, mi, fl oz'"
complete -c lifeos -n "__fish_lifeos_using_subcommand health; and __fish_seen_subcommand_from restore" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand health; and __fish_seen_subcommand_from restore" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand health; and __fish_seen_subcommand_from restore" -l credential-store -d 'Where secrets (database key, session token) are kept: the OS keyring, the passphrase-encrypted file, or environment variables (read-only). Default: the config\'s `credential_store`, else keyring, file, env in that order' -r -f -a "keyring\t'The operating system\'s keyring'
file\t'The passphrase-encrypted file'
env\t'Environment variables (read-only)'"
complete -c lifeos -n "__fish_lifeos_using_subcommand health; and __fish_seen_subcommand_from restore" -l wide -d 'Tables: show every column whole and ids in full, however wide (by default a table fits the terminal, cutting its widest text column, and ids are shortened)'
complete -c lifeos -n "__fish_lifeos_using_subcommand health; and __fish_seen_subcommand_from restore" -l debug -d 'Explain what happens on stderr (paths, credential stores, server calls); secrets never show'
complete -c lifeos -n "__fish_lifeos_using_subcommand health; and __fish_seen_subcommand_from restore" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand health; and __fish_seen_subcommand_from restore" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand health; and __fish_seen_subcommand_from import" -l map -d 'Column mapping: `date=COL,value=COL[,kind=COL][,unit=COL][,note=COL][,end=COL]`' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand health; and __fish_seen_subcommand_from import" -l kind -d 'The kind of every row, when the file has no kind column' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand health; and __fish_seen_subcommand_from import" -l units -d 'metric (kg, km, ml) or imperial (lb, mi, fl oz)' -r -f -a "metric\t'kg, km, ml'
imperial\t'lb, mi, fl oz'"
complete -c lifeos -n "__fish_lifeos_using_subcommand health; and __fish_seen_subcommand_from import" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand health; and __fish_seen_subcommand_from import" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand health; and __fish_seen_subcommand_from import" -l credential-store -d 'Where secrets (database key, session token) are kept: the OS keyring, the passphrase-encrypted file, or environment variables (read-only). Default: the config\'s `credential_store`, else keyring, file, env in that order' -r -f -a "keyring\t'The operating system\'s keyring'
file\t'The passphrase-encrypted file'
env\t'Environment variables (read-only)'"
complete -c lifeos -n "__fish_lifeos_using_subcommand health; and __fish_seen_subcommand_from import" -l wide -d 'Tables: show every column whole and ids in full, however wide (by default a table fits the terminal, cutting its widest text column, and ids are shortened)'
complete -c lifeos -n "__fish_lifeos_using_subcommand health; and __fish_seen_subcommand_from import" -l debug -d 'Explain what happens on stderr (paths, credential stores, server calls); secrets never show'
complete -c lifeos -n "__fish_lifeos_using_subcommand health; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand health; and __fish_seen_subcommand_from import" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand health; and __fish_seen_subcommand_from help" -f -a "log" -d 'Log a measurement: `weight 72.4kg`, `bp 120/80`, `sleep --from 23:10 --to 06:40`, `steps 9000`, `water 500ml`, `mood 4`, `body_fat 18.5%`, `hr 58`, or your own kind with `--unit` (`glucose 5.4 --unit mmol/L`)'
complete -c lifeos -n "__fish_lifeos_using_subcommand health; and __fish_seen_subcommand_from help" -f -a "list" -d 'Entries, newest first'
complete -c lifeos -n "__fish_lifeos_using_subcommand health; and __fish_seen_subcommand_from help" -f -a "trend" -d 'Latest value, 7- and 30-day averages and the trend of one kind'
complete -c lifeos -n "__fish_lifeos_using_subcommand health; and __fish_seen_subcommand_from help" -f -a "summary" -d 'Latest value, averages and trend of every kind logged'
complete -c lifeos -n "__fish_lifeos_using_subcommand health; and __fish_seen_subcommand_from help" -f -a "rm" -d 'Delete an entry (soft)'
complete -c lifeos -n "__fish_lifeos_using_subcommand health; and __fish_seen_subcommand_from help" -f -a "restore" -d 'Undo a delete'
complete -c lifeos -n "__fish_lifeos_using_subcommand health; and __fish_seen_subcommand_from help" -f -a "import" -d 'Import a CSV file: `--map date=Date,value=Weight` with `--kind weight`, or a `kind=` column. Rows already imported (or logged alike) are skipped; a bad row rejects the file and names the row'
complete -c lifeos -n "__fish_lifeos_using_subcommand health; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lifeos -n "__fish_lifeos_using_subcommand workout; and not __fish_seen_subcommand_from add list stats rm restore help" -l units -d 'metric (kg, km, ml) or imperial (lb, mi, fl oz)' -r -f -a "metric\t'kg, km, ml'
imperial\t'lb, mi, fl oz'"
complete -c lifeos -n "__fish_lifeos_using_subcommand workout; and not __fish_seen_subcommand_from add list stats rm restore help" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand workout; and not __fish_seen_subcommand_from add list stats rm restore help" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand workout; and not __fish_seen_subcommand_from add list stats rm restore help" -l credential-store -d 'Where secrets (database key, session token) are kept: the OS keyring, the passphrase-encrypted file, or environment variables (read-only). Default: the config\'s `credential_store`, else keyring, file, env in that order' -r -f -a "keyring\t'The operating system\'s keyring'
file\t'The passphrase-encrypted file'
env\t'Environment variables (read-only)'"
complete -c lifeos -n "__fish_lifeos_using_subcommand workout; and not __fish_seen_subcommand_from add list stats rm restore help" -l wide -d 'Tables: show every column whole and ids in full, however wide (by default a table fits the terminal, cutting its widest text column, and ids are shortened)'
complete -c lifeos -n "__fish_lifeos_using_subcommand workout; and not __fish_seen_subcommand_from add list stats rm restore help" -l debug -d 'Explain what happens on stderr (paths, credential stores, server calls); secrets never show'
complete -c lifeos -n "__fish_lifeos_using_subcommand workout; and not __fish_seen_subcommand_from add list stats rm restore help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand workout; and not __fish_seen_subcommand_from add list stats rm restore help" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand workout; and not __fish_seen_subcommand_from add list stats rm restore help" -f -a "add" -d 'Log a workout: `run --duration 42m --distance 8.2km`'
complete -c lifeos -n "__fish_lifeos_using_subcommand workout; and not __fish_seen_subcommand_from add list stats rm restore help" -f -a "list" -d 'Workouts, newest first'
complete -c lifeos -n "__fish_lifeos_using_subcommand workout; and not __fish_seen_subcommand_from add list stats rm restore help" -f -a "stats" -d 'Totals per ISO week: count, time, distance, energy, per kind'
complete -c lifeos -n "__fish_lifeos_using_subcommand workout; and not __fish_seen_subcommand_from add list stats rm restore help" -f -a "rm" -d 'Delete a workout (soft)'
complete -c lifeos -n "__fish_lifeos_using_subcommand workout; and not __fish_seen_subcommand_from add list stats rm restore help" -f -a "restore" -d 'Undo a delete'
complete -c lifeos -n "__fish_lifeos_using_subcommand workout; and not __fish_seen_subcommand_from add list stats rm restore help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lifeos -n "__fish_lifeos_using_subcommand workout; and __fish_seen_subcommand_from add" -l duration -d 'How long: 42m, 1h20m, 1:20' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand workout; and __fish_seen_subcommand_from add" -l distance -d 'How far: 8.2km, 5mi (a bare number is km, or mi with --units imperial)' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand workout; and __fish_seen_subcommand_from add" -l energy -d 'Energy: 500kcal, 2100kJ' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand workout; and __fish_seen_subcommand_from add" -l effort -d 'Perceived effort, 1-10' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand workout; and __fish_seen_subcommand_from add" -l at -d 'When it started; default: now minus the duration' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand workout; and __fish_seen_subcommand_from add" -l place -d 'Where: a place, by name or id prefix' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand workout; and __fish_seen_subcommand_from add" -l note -d 'A note' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand workout; and __fish_seen_subcommand_from add" -l units -d 'metric (kg, km, ml) or imperial (lb, mi, fl oz)' -r -f -a "metric\t'kg, km, ml'
imperial\t'lb, mi, fl oz'"
complete -c lifeos -n "__fish_lifeos_using_subcommand workout; and __fish_seen_subcommand_from add" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand workout; and __fish_seen_subcommand_from add" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand workout; and __fish_seen_subcommand_from add" -l credential-store -d 'Where secrets (database key, session token) are kept: the OS keyring, the passphrase-encrypted file, or environment variables (read-only). Default: the config\'s `credential_store`, else keyring, file, env in that order' -r -f -a "keyring\t'The operating system\'s keyring'
file\t'The passphrase-encrypted file'
env\t'Environment variables (read-only)'"
complete -c lifeos -n "__fish_lifeos_using_subcommand workout; and __fish_seen_subcommand_from add" -l wide -d 'Tables: show every column whole and ids in full, however wide (by default a table fits the terminal, cutting its widest text column, and ids are shortened)'
complete -c lifeos -n "__fish_lifeos_using_subcommand workout; and __fish_seen_subcommand_from add" -l debug -d 'Explain what happens on stderr (paths, credential stores, server calls); secrets never show'
complete -c lifeos -n "__fish_lifeos_using_subcommand workout; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand workout; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand workout; and __fish_seen_subcommand_from list" -l kind -d 'Only this kind' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand workout; and __fish_seen_subcommand_from list" -l days -d 'Only the last N days' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand workout; and __fish_seen_subcommand_from list" -l units -d 'metric (kg, km, ml) or imperial (lb, mi, fl oz)' -r -f -a "metric\t'kg, km, ml'
imperial\t'lb, mi, fl oz'"
complete -c lifeos -n "__fish_lifeos_using_subcommand workout; and __fish_seen_subcommand_from list" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand workout; and __fish_seen_subcommand_from list" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand workout; and __fish_seen_subcommand_from list" -l credential-store -d 'Where secrets (database key, session token) are kept: the OS keyring, the passphrase-encrypted file, or environment variables (read-only). Default: the config\'s `credential_store`, else keyring, file, env in that order' -r -f -a "keyring\t'The operating system\'s keyring'
file\t'The passphrase-encrypted file'
env\t'Environment variables (read-only)'"
complete -c lifeos -n "__fish_lifeos_using_subcommand workout; and __fish_seen_subcommand_from list" -l all -d 'Include deleted ones'
complete -c lifeos -n "__fish_lifeos_using_subcommand workout; and __fish_seen_subcommand_from list" -l wide -d 'Tables: show every column whole and ids in full, however wide (by default a table fits the terminal, cutting its widest text column, and ids are shortened)'
complete -c lifeos -n "__fish_lifeos_using_subcommand workout; and __fish_seen_subcommand_from list" -l debug -d 'Explain what happens on stderr (paths, credential stores, server calls); secrets never show'
complete -c lifeos -n "__fish_lifeos_using_subcommand workout; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand workout; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand workout; and __fish_seen_subcommand_from stats" -l weeks -d 'How many weeks back' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand workout; and __fish_seen_subcommand_from stats" -l units -d 'metric (kg, km, ml) or imperial (lb, mi, fl oz)' -r -f -a "metric\t'kg, km, ml'
imperial\t'lb, mi, fl oz'"
complete -c lifeos -n "__fish_lifeos_using_subcommand workout; and __fish_seen_subcommand_from stats" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand workout; and __fish_seen_subcommand_from stats" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand workout; and __fish_seen_subcommand_from stats" -l credential-store -d 'Where secrets (database key, session token) are kept: the OS keyring, the passphrase-encrypted file, or environment variables (read-only). Default: the config\'s `credential_store`, else keyring, file, env in that order' -r -f -a "keyring\t'The operating system\'s keyring'
file\t'The passphrase-encrypted file'
env\t'Environment variables (read-only)'"
complete -c lifeos -n "__fish_lifeos_using_subcommand workout; and __fish_seen_subcommand_from stats" -l wide -d 'Tables: show every column whole and ids in full, however wide (by default a table fits the terminal, cutting its widest text column, and ids are shortened)'
complete -c lifeos -n "__fish_lifeos_using_subcommand workout; and __fish_seen_subcommand_from stats" -l debug -d 'Explain what happens on stderr (paths, credential stores, server calls); secrets never show'
complete -c lifeos -n "__fish_lifeos_using_subcommand workout; and __fish_seen_subcommand_from stats" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand workout; and __fish_seen_subcommand_from stats" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand workout; and __fish_seen_subcommand_from rm" -l expect-version -d 'Fail if the row is no longer at this version (someone else changed it)' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand workout; and __fish_seen_subcommand_from rm" -l units -d 'metric (kg, km, ml) or imperial (lb, mi, fl oz)' -r -f -a "metric\t'kg, km, ml'
imperial\t'lb, mi, fl oz'"
complete -c lifeos -n "__fish_lifeos_using_subcommand workout; and __fish_seen_subcommand_from rm" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand workout; and __fish_seen_subcommand_from rm" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand workout; and __fish_seen_subcommand_from rm" -l credential-store -d 'Where secrets (database key, session token) are kept: the OS keyring, the passphrase-encrypted file, or environment variables (read-only). Default: the config\'s `credential_store`, else keyring, file, env in that order' -r -f -a "keyring\t'The operating system\'s keyring'
file\t'The passphrase-encrypted file'
env\t'Environment variables (read-only)'"
complete -c lifeos -n "__fish_lifeos_using_subcommand workout; and __fish_seen_subcommand_from rm" -l wide -d 'Tables: show every column whole and ids in full, however wide (by default a table fits the terminal, cutting its widest text column, and ids are shortened)'
complete -c lifeos -n "__fish_lifeos_using_subcommand workout; and __fish_seen_subcommand_from rm" -l debug -d 'Explain what happens on stderr (paths, credential stores, server calls); secrets never show'
complete -c lifeos -n "__fish_lifeos_using_subcommand workout; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand workout; and __fish_seen_subcommand_from rm" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand workout; and __fish_seen_subcommand_from restore" -l expect-version -d 'Fail if the row is no longer at this version (someone else changed it)' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand workout; and __fish_seen_subcommand_from restore" -l units -d 'metric (kg, km, ml) or imperial (lb, mi, fl oz)' -r -f -a "metric\t'kg, km, ml'
imperial\t'lb, mi, fl oz'"
complete -c lifeos -n "__fish_lifeos_using_subcommand workout; and __fish_seen_subcommand_from restore" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand workout; and __fish_seen_subcommand_from restore" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand workout; and __fish_seen_subcommand_from restore" -l credential-store -d 'Where secrets (database key, session token) are kept: the OS keyring, the passphrase-encrypted file, or environment variables (read-only). Default: the config\'s `credential_store`, else keyring, file, env in that order' -r -f -a "keyring\t'The operating system\'s keyring'
file\t'The passphrase-encrypted file'
env\t'Environment variables (read-only)'"
complete -c lifeos -n "__fish_lifeos_using_subcommand workout; and __fish_seen_subcommand_from restore" -l wide -d 'Tables: show every column whole and ids in full, however wide (by default a table fits the terminal, cutting its widest text column, and ids are shortened)'
complete -c lifeos -n "__fish_lifeos_using_subcommand workout; and __fish_seen_subcommand_from restore" -l debug -d 'Explain what happens on stderr (paths, credential stores, server calls); secrets never show'
complete -c lifeos -n "__fish_lifeos_using_subcommand workout; and __fish_seen_subcommand_from restore" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand workout; and __fish_seen_subcommand_from restore" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand workout; and __fish_seen_subcommand_from help" -f -a "add" -d 'Log a workout: `run --duration 42m --distance 8.2km`'
complete -c lifeos -n "__fish_lifeos_using_subcommand workout; and __fish_seen_subcommand_from help" -f -a "list" -d 'Workouts, newest first'
complete -c lifeos -n "__fish_lifeos_using_subcommand workout; and __fish_seen_subcommand_from help" -f -a "stats" -d 'Totals per ISO week: count, time, distance, energy, per kind'
complete -c lifeos -n "__fish_lifeos_using_subcommand workout; and __fish_seen_subcommand_from help" -f -a "rm" -d 'Delete a workout (soft)'
complete -c lifeos -n "__fish_lifeos_using_subcommand workout; and __fish_seen_subcommand_from help" -f -a "restore" -d 'Undo a delete'
complete -c lifeos -n "__fish_lifeos_using_subcommand workout; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lifeos -n "__fish_lifeos_using_subcommand practice; and not __fish_seen_subcommand_from log list stats rm restore help" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand practice; and not __fish_seen_subcommand_from log list stats rm restore help" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand practice; and not __fish_seen_subcommand_from log list stats rm restore help" -l credential-store -d 'Where secrets (database key, session token) are kept: the OS keyring, the passphrase-encrypted file, or environment variables (read-only). Default: the config\'s `credential_store`, else keyring, file, env in that order' -r -f -a "keyring\t'The operating system\'s keyring'
file\t'The passphrase-encrypted file'
env\t'Environment variables (read-only)'"
complete -c lifeos -n "__fish_lifeos_using_subcommand practice; and not __fish_seen_subcommand_from log list stats rm restore help" -l wide -d 'Tables: show every column whole and ids in full, however wide (by default a table fits the terminal, cutting its widest text column, and ids are shortened)'
complete -c lifeos -n "__fish_lifeos_using_subcommand practice; and not __fish_seen_subcommand_from log list stats rm restore help" -l debug -d 'Explain what happens on stderr (paths, credential stores, server calls); secrets never show'
complete -c lifeos -n "__fish_lifeos_using_subcommand practice; and not __fish_seen_subcommand_from log list stats rm restore help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand practice; and not __fish_seen_subcommand_from log list stats rm restore help" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand practice; and not __fish_seen_subcommand_from log list stats rm restore help" -f -a "log" -d 'Log a practice: `prayer --duration 15m --note "…"`'
complete -c lifeos -n "__fish_lifeos_using_subcommand practice; and not __fish_seen_subcommand_from log list stats rm restore help" -f -a "list" -d 'Practices, newest first'
complete -c lifeos -n "__fish_lifeos_using_subcommand practice; and not __fish_seen_subcommand_from log list stats rm restore help" -f -a "stats" -d 'Streaks, and totals per kind per week and month'
complete -c lifeos -n "__fish_lifeos_using_subcommand practice; and not __fish_seen_subcommand_from log list stats rm restore help" -f -a "rm" -d 'Delete a practice (soft)'
complete -c lifeos -n "__fish_lifeos_using_subcommand practice; and not __fish_seen_subcommand_from log list stats rm restore help" -f -a "restore" -d 'Undo a delete'
complete -c lifeos -n "__fish_lifeos_using_subcommand practice; and not __fish_seen_subcommand_from log list stats rm restore help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lifeos -n "__fish_lifeos_using_subcommand practice; and __fish_seen_subcommand_from log" -l duration -d 'How long: 15m, 1h, 0:45' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand practice; and __fish_seen_subcommand_from log" -l reference -d 'What it was on (a passage)' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand practice; and __fish_seen_subcommand_from log" -l note -d 'A note' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand practice; and __fish_seen_subcommand_from log" -l at -d 'When (HH:MM today, YYYY-MM-DD HH:MM, RFC 3339); default now' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand practice; and __fish_seen_subcommand_from log" -l reflect -d 'A reflection: kept as a note tagged to this practice' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand practice; and __fish_seen_subcommand_from log" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand practice; and __fish_seen_subcommand_from log" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand practice; and __fish_seen_subcommand_from log" -l credential-store -d 'Where secrets (database key, session token) are kept: the OS keyring, the passphrase-encrypted file, or environment variables (read-only). Default: the config\'s `credential_store`, else keyring, file, env in that order' -r -f -a "keyring\t'The operating system\'s keyring'
file\t'The passphrase-encrypted file'
env\t'Environment variables (read-only)'"
complete -c lifeos -n "__fish_lifeos_using_subcommand practice; and __fish_seen_subcommand_from log" -l wide -d 'Tables: show every column whole and ids in full, however wide (by default a table fits the terminal, cutting its widest text column, and ids are shortened)'
complete -c lifeos -n "__fish_lifeos_using_subcommand practice; and __fish_seen_subcommand_from log" -l debug -d 'Explain what happens on stderr (paths, credential stores, server calls); secrets never show'
complete -c lifeos -n "__fish_lifeos_using_subcommand practice; and __fish_seen_subcommand_from log" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand practice; and __fish_seen_subcommand_from log" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand practice; and __fish_seen_subcommand_from list" -l kind -d 'Only this kind' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand practice; and __fish_seen_subcommand_from list" -l days -d 'Only the last N days' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand practice; and __fish_seen_subcommand_from list" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand practice; and __fish_seen_subcommand_from list" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand practice; and __fish_seen_subcommand_from list" -l credential-store -d 'Where secrets (database key, session token) are kept: the OS keyring, the passphrase-encrypted file, or environment variables (read-only). Default: the config\'s `credential_store`, else keyring, file, env in that order' -r -f -a "keyring\t'The operating system\'s keyring'
file\t'The passphrase-encrypted file'
env\t'Environment variables (read-only)'"
complete -c lifeos -n "__fish_lifeos_using_subcommand practice; and __fish_seen_subcommand_from list" -l all -d 'Include deleted ones'
complete -c lifeos -n "__fish_lifeos_using_subcommand practice; and __fish_seen_subcommand_from list" -l wide -d 'Tables: show every column whole and ids in full, however wide (by default a table fits the terminal, cutting its widest text column, and ids are shortened)'
complete -c lifeos -n "__fish_lifeos_using_subcommand practice; and __fish_seen_subcommand_from list" -l debug -d 'Explain what happens on stderr (paths, credential stores, server calls); secrets never show'
complete -c lifeos -n "__fish_lifeos_using_subcommand practice; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand practice; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand practice; and __fish_seen_subcommand_from stats" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand practice; and __fish_seen_subcommand_from stats" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand practice; and __fish_seen_subcommand_from stats" -l credential-store -d 'Where secrets (database key, session token) are kept: the OS keyring, the passphrase-encrypted file, or environment variables (read-only). Default: the config\'s `credential_store`, else keyring, file, env in that order' -r -f -a "keyring\t'The operating system\'s keyring'
file\t'The passphrase-encrypted file'
env\t'Environment variables (read-only)'"
complete -c lifeos -n "__fish_lifeos_using_subcommand practice; and __fish_seen_subcommand_from stats" -l wide -d 'Tables: show every column whole and ids in full, however wide (by default a table fits the terminal, cutting its widest text column, and ids are shortened)'
complete -c lifeos -n "__fish_lifeos_using_subcommand practice; and __fish_seen_subcommand_from stats" -l debug -d 'Explain what happens on stderr (paths, credential stores, server calls); secrets never show'
complete -c lifeos -n "__fish_lifeos_using_subcommand practice; and __fish_seen_subcommand_from stats" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand practice; and __fish_seen_subcommand_from stats" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand practice; and __fish_seen_subcommand_from rm" -l expect-version -d 'Fail if the row is no longer at this version (someone else changed it)' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand practice; and __fish_seen_subcommand_from rm" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand practice; and __fish_seen_subcommand_from rm" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand practice; and __fish_seen_subcommand_from rm" -l credential-store -d 'Where secrets (database key, session token) are kept: the OS keyring, the passphrase-encrypted file, or environment variables (read-only). Default: the config\'s `credential_store`, else keyring, file, env in that order' -r -f -a "keyring\t'The operating system\'s keyring'
file\t'The passphrase-encrypted file'
env\t'Environment variables (read-only)'"
complete -c lifeos -n "__fish_lifeos_using_subcommand practice; and __fish_seen_subcommand_from rm" -l wide -d 'Tables: show every column whole and ids in full, however wide (by default a table fits the terminal, cutting its widest text column, and ids are shortened)'
complete -c lifeos -n "__fish_lifeos_using_subcommand practice; and __fish_seen_subcommand_from rm" -l debug -d 'Explain what happens on stderr (paths, credential stores, server calls); secrets never show'
complete -c lifeos -n "__fish_lifeos_using_subcommand practice; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand practice; and __fish_seen_subcommand_from rm" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand practice; and __fish_seen_subcommand_from restore" -l expect-version -d 'Fail if the row is no longer at this version (someone else changed it)' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand practice; and __fish_seen_subcommand_from restore" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand practice; and __fish_seen_subcommand_from restore" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand practice; and __fish_seen_subcommand_from restore" -l credential-store -d 'Where secrets (database key, session token) are kept: the OS keyring, the passphrase-encrypted file, or environment variables (read-only). Default: the config\'s `credential_store`, else keyring, file, env in that order' -r -f -a "keyring\t'The operating system\'s keyring'
file\t'The passphrase-encrypted file'
env\t'Environment variables (read-only)'"
complete -c lifeos -n "__fish_lifeos_using_subcommand practice; and __fish_seen_subcommand_from restore" -l wide -d 'Tables: show every column whole and ids in full, however wide (by default a table fits the terminal, cutting its widest text column, and ids are shortened)'
complete -c lifeos -n "__fish_lifeos_using_subcommand practice; and __fish_seen_subcommand_from restore" -l debug -d 'Explain what happens on stderr (paths, credential stores, server calls); secrets never show'
complete -c lifeos -n "__fish_lifeos_using_subcommand practice; and __fish_seen_subcommand_from restore" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand practice; and __fish_seen_subcommand_from restore" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand practice; and __fish_seen_subcommand_from help" -f -a "log" -d 'Log a practice: `prayer --duration 15m --note "…"`'
complete -c lifeos -n "__fish_lifeos_using_subcommand practice; and __fish_seen_subcommand_from help" -f -a "list" -d 'Practices, newest first'
complete -c lifeos -n "__fish_lifeos_using_subcommand practice; and __fish_seen_subcommand_from help" -f -a "stats" -d 'Streaks, and totals per kind per week and month'
complete -c lifeos -n "__fish_lifeos_using_subcommand practice; and __fish_seen_subcommand_from help" -f -a "rm" -d 'Delete a practice (soft)'
complete -c lifeos -n "__fish_lifeos_using_subcommand practice; and __fish_seen_subcommand_from help" -f -a "restore" -d 'Undo a delete'
complete -c lifeos -n "__fish_lifeos_using_subcommand practice; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lifeos -n "__fish_lifeos_using_subcommand plan; and not __fish_seen_subcommand_from import list today done undone status edit rm help" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand plan; and not __fish_seen_subcommand_from import list today done undone status edit rm help" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand plan; and not __fish_seen_subcommand_from import list today done undone status edit rm help" -l credential-store -d 'Where secrets (database key, session token) are kept: the OS keyring, the passphrase-encrypted file, or environment variables (read-only). Default: the config\'s `credential_store`, else keyring, file, env in that order' -r -f -a "keyring\t'The operating system\'s keyring'
file\t'The passphrase-encrypted file'
env\t'Environment variables (read-only)'"
complete -c lifeos -n "__fish_lifeos_using_subcommand plan; and not __fish_seen_subcommand_from import list today done undone status edit rm help" -l wide -d 'Tables: show every column whole and ids in full, however wide (by default a table fits the terminal, cutting its widest text column, and ids are shortened)'
complete -c lifeos -n "__fish_lifeos_using_subcommand plan; and not __fish_seen_subcommand_from import list today done undone status edit rm help" -l debug -d 'Explain what happens on stderr (paths, credential stores, server calls); secrets never show'
complete -c lifeos -n "__fish_lifeos_using_subcommand plan; and not __fish_seen_subcommand_from import list today done undone status edit rm help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand plan; and not __fish_seen_subcommand_from import list today done undone status edit rm help" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand plan; and not __fish_seen_subcommand_from import list today done undone status edit rm help" -f -a "import" -d 'Make a plan from a file: one reading per line, optionally led by its day number (`12, John 3`); CSV `day,reading` works too'
complete -c lifeos -n "__fish_lifeos_using_subcommand plan; and not __fish_seen_subcommand_from import list today done undone status edit rm help" -f -a "list" -d 'The plans'
complete -c lifeos -n "__fish_lifeos_using_subcommand plan; and not __fish_seen_subcommand_from import list today done undone status edit rm help" -f -a "today" -d 'Today\'s readings of each active plan (or one), with a catch-up share if behind'
complete -c lifeos -n "__fish_lifeos_using_subcommand plan; and not __fish_seen_subcommand_from import list today done undone status edit rm help" -f -a "done" -d 'Mark a reading read: its text (or a unique start of it), `day:N` for a whole day, or nothing for the next unread one'
complete -c lifeos -n "__fish_lifeos_using_subcommand plan; and not __fish_seen_subcommand_from import list today done undone status edit rm help" -f -a "undone" -d 'Mark a reading unread again'
complete -c lifeos -n "__fish_lifeos_using_subcommand plan; and not __fish_seen_subcommand_from import list today done undone status edit rm help" -f -a "status" -d 'Progress: day, read, behind by N days, and a catch-up schedule'
complete -c lifeos -n "__fish_lifeos_using_subcommand plan; and not __fish_seen_subcommand_from import list today done undone status edit rm help" -f -a "edit" -d 'Change a plan\'s name or start date, or archive it'
complete -c lifeos -n "__fish_lifeos_using_subcommand plan; and not __fish_seen_subcommand_from import list today done undone status edit rm help" -f -a "rm" -d 'Delete a plan (soft)'
complete -c lifeos -n "__fish_lifeos_using_subcommand plan; and not __fish_seen_subcommand_from import list today done undone status edit rm help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lifeos -n "__fish_lifeos_using_subcommand plan; and __fish_seen_subcommand_from import" -l start -d 'The date of day 1 (default today)' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand plan; and __fish_seen_subcommand_from import" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand plan; and __fish_seen_subcommand_from import" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand plan; and __fish_seen_subcommand_from import" -l credential-store -d 'Where secrets (database key, session token) are kept: the OS keyring, the passphrase-encrypted file, or environment variables (read-only). Default: the config\'s `credential_store`, else keyring, file, env in that order' -r -f -a "keyring\t'The operating system\'s keyring'
file\t'The passphrase-encrypted file'
env\t'Environment variables (read-only)'"
complete -c lifeos -n "__fish_lifeos_using_subcommand plan; and __fish_seen_subcommand_from import" -l wide -d 'Tables: show every column whole and ids in full, however wide (by default a table fits the terminal, cutting its widest text column, and ids are shortened)'
complete -c lifeos -n "__fish_lifeos_using_subcommand plan; and __fish_seen_subcommand_from import" -l debug -d 'Explain what happens on stderr (paths, credential stores, server calls); secrets never show'
complete -c lifeos -n "__fish_lifeos_using_subcommand plan; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand plan; and __fish_seen_subcommand_from import" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand plan; and __fish_seen_subcommand_from list" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand plan; and __fish_seen_subcommand_from list" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand plan; and __fish_seen_subcommand_from list" -l credential-store -d 'Where secrets (database key, session token) are kept: the OS keyring, the passphrase-encrypted file, or environment variables (read-only). Default: the config\'s `credential_store`, else keyring, file, env in that order' -r -f -a "keyring\t'The operating system\'s keyring'
file\t'The passphrase-encrypted file'
env\t'Environment variables (read-only)'"
complete -c lifeos -n "__fish_lifeos_using_subcommand plan; and __fish_seen_subcommand_from list" -l all -d 'Include archived and deleted ones'
complete -c lifeos -n "__fish_lifeos_using_subcommand plan; and __fish_seen_subcommand_from list" -l wide -d 'Tables: show every column whole and ids in full, however wide (by default a table fits the terminal, cutting its widest text column, and ids are shortened)'
complete -c lifeos -n "__fish_lifeos_using_subcommand plan; and __fish_seen_subcommand_from list" -l debug -d 'Explain what happens on stderr (paths, credential stores, server calls); secrets never show'
complete -c lifeos -n "__fish_lifeos_using_subcommand plan; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand plan; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand plan; and __fish_seen_subcommand_from today" -l plan -d 'The plan (name or id prefix); needed when several are active' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand plan; and __fish_seen_subcommand_from today" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand plan; and __fish_seen_subcommand_from today" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand plan; and __fish_seen_subcommand_from today" -l credential-store -d 'Where secrets (database key, session token) are kept: the OS keyring, the passphrase-encrypted file, or environment variables (read-only). Default: the config\'s `credential_store`, else keyring, file, env in that order' -r -f -a "keyring\t'The operating system\'s keyring'
file\t'The passphrase-encrypted file'
env\t'Environment variables (read-only)'"
complete -c lifeos -n "__fish_lifeos_using_subcommand plan; and __fish_seen_subcommand_from today" -l wide -d 'Tables: show every column whole and ids in full, however wide (by default a table fits the terminal, cutting its widest text column, and ids are shortened)'
complete -c lifeos -n "__fish_lifeos_using_subcommand plan; and __fish_seen_subcommand_from today" -l debug -d 'Explain what happens on stderr (paths, credential stores, server calls); secrets never show'
complete -c lifeos -n "__fish_lifeos_using_subcommand plan; and __fish_seen_subcommand_from today" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand plan; and __fish_seen_subcommand_from today" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand plan; and __fish_seen_subcommand_from done" -l plan -d 'The plan (name or id prefix); needed when several are active' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand plan; and __fish_seen_subcommand_from done" -l date -d 'The date it was read (default today)' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand plan; and __fish_seen_subcommand_from done" -l reflect -d 'A reflection: kept as a note tagged to the plan' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand plan; and __fish_seen_subcommand_from done" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand plan; and __fish_seen_subcommand_from done" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand plan; and __fish_seen_subcommand_from done" -l credential-store -d 'Where secrets (database key, session token) are kept: the OS keyring, the passphrase-encrypted file, or environment variables (read-only). Default: the config\'s `credential_store`, else keyring, file, env in that order' -r -f -a "keyring\t'The operating system\'s keyring'
file\t'The passphrase-encrypted file'
env\t'Environment variables (read-only)'"
complete -c lifeos -n "__fish_lifeos_using_subcommand plan; and __fish_seen_subcommand_from done" -l wide -d 'Tables: show every column whole and ids in full, however wide (by default a table fits the terminal, cutting its widest text column, and ids are shortened)'
complete -c lifeos -n "__fish_lifeos_using_subcommand plan; and __fish_seen_subcommand_from done" -l debug -d 'Explain what happens on stderr (paths, credential stores, server calls); secrets never show'
complete -c lifeos -n "__fish_lifeos_using_subcommand plan; and __fish_seen_subcommand_from done" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand plan; and __fish_seen_subcommand_from done" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand plan; and __fish_seen_subcommand_from undone" -l plan -d 'The plan (name or id prefix); needed when several are active' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand plan; and __fish_seen_subcommand_from undone" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand plan; and __fish_seen_subcommand_from undone" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand plan; and __fish_seen_subcommand_from undone" -l credential-store -d 'Where secrets (database key, session token) are kept: the OS keyring, the passphrase-encrypted file, or environment variables (read-only). Default: the config\'s `credential_store`, else keyring, file, env in that order' -r -f -a "keyring\t'The operating system\'s keyring'
file\t'The passphrase-encrypted file'
env\t'Environment variables (read-only)'"
complete -c lifeos -n "__fish_lifeos_using_subcommand plan; and __fish_seen_subcommand_from undone" -l wide -d 'Tables: show every column whole and ids in full, however wide (by default a table fits the terminal, cutting its widest text column, and ids are shortened)'
complete -c lifeos -n "__fish_lifeos_using_subcommand plan; and __fish_seen_subcommand_from undone" -l debug -d 'Explain what happens on stderr (paths, credential stores, server calls); secrets never show'
complete -c lifeos -n "__fish_lifeos_using_subcommand plan; and __fish_seen_subcommand_from undone" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand plan; and __fish_seen_subcommand_from undone" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand plan; and __fish_seen_subcommand_from status" -l plan -d 'The plan (name or id prefix); needed when several are active' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand plan; and __fish_seen_subcommand_from status" -l catch-up -d 'Spread the missed readings over this many days' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand plan; and __fish_seen_subcommand_from status" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand plan; and __fish_seen_subcommand_from status" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand plan; and __fish_seen_subcommand_from status" -l credential-store -d 'Where secrets (database key, session token) are kept: the OS keyring, the passphrase-encrypted file, or environment variables (read-only). Default: the config\'s `credential_store`, else keyring, file, env in that order' -r -f -a "keyring\t'The operating system\'s keyring'
file\t'The passphrase-encrypted file'
env\t'Environment variables (read-only)'"
complete -c lifeos -n "__fish_lifeos_using_subcommand plan; and __fish_seen_subcommand_from status" -l wide -d 'Tables: show every column whole and ids in full, however wide (by default a table fits the terminal, cutting its widest text column, and ids are shortened)'
complete -c lifeos -n "__fish_lifeos_using_subcommand plan; and __fish_seen_subcommand_from status" -l debug -d 'Explain what happens on stderr (paths, credential stores, server calls); secrets never show'
complete -c lifeos -n "__fish_lifeos_using_subcommand plan; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand plan; and __fish_seen_subcommand_from status" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand plan; and __fish_seen_subcommand_from edit" -l name -d 'A new name' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand plan; and __fish_seen_subcommand_from edit" -l start -d 'A new date of day 1' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand plan; and __fish_seen_subcommand_from edit" -l archive -d 'Archive it (or --archive=false to bring it back)' -r -f -a "true\t''
false\t''"
complete -c lifeos -n "__fish_lifeos_using_subcommand plan; and __fish_seen_subcommand_from edit" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand plan; and __fish_seen_subcommand_from edit" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand plan; and __fish_seen_subcommand_from edit" -l credential-store -d 'Where secrets (database key, session token) are kept: the OS keyring, the passphrase-encrypted file, or environment variables (read-only). Default: the config\'s `credential_store`, else keyring, file, env in that order' -r -f -a "keyring\t'The operating system\'s keyring'
file\t'The passphrase-encrypted file'
env\t'Environment variables (read-only)'"
complete -c lifeos -n "__fish_lifeos_using_subcommand plan; and __fish_seen_subcommand_from edit" -l wide -d 'Tables: show every column whole and ids in full, however wide (by default a table fits the terminal, cutting its widest text column, and ids are shortened)'
complete -c lifeos -n "__fish_lifeos_using_subcommand plan; and __fish_seen_subcommand_from edit" -l debug -d 'Explain what happens on stderr (paths, credential stores, server calls); secrets never show'
complete -c lifeos -n "__fish_lifeos_using_subcommand plan; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand plan; and __fish_seen_subcommand_from edit" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand plan; and __fish_seen_subcommand_from rm" -l expect-version -d 'Fail if the row is no longer at this version (someone else changed it)' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand plan; and __fish_seen_subcommand_from rm" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand plan; and __fish_seen_subcommand_from rm" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand plan; and __fish_seen_subcommand_from rm" -l credential-store -d 'Where secrets (database key, session token) are kept: the OS keyring, the passphrase-encrypted file, or environment variables (read-only). Default: the config\'s `credential_store`, else keyring, file, env in that order' -r -f -a "keyring\t'The operating system\'s keyring'
file\t'The passphrase-encrypted file'
env\t'Environment variables (read-only)'"
complete -c lifeos -n "__fish_lifeos_using_subcommand plan; and __fish_seen_subcommand_from rm" -l wide -d 'Tables: show every column whole and ids in full, however wide (by default a table fits the terminal, cutting its widest text column, and ids are shortened)'
complete -c lifeos -n "__fish_lifeos_using_subcommand plan; and __fish_seen_subcommand_from rm" -l debug -d 'Explain what happens on stderr (paths, credential stores, server calls); secrets never show'
complete -c lifeos -n "__fish_lifeos_using_subcommand plan; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand plan; and __fish_seen_subcommand_from rm" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand plan; and __fish_seen_subcommand_from help" -f -a "import" -d 'Make a plan from a file: one reading per line, optionally led by its day number (`12, John 3`); CSV `day,reading` works too'
complete -c lifeos -n "__fish_lifeos_using_subcommand plan; and __fish_seen_subcommand_from help" -f -a "list" -d 'The plans'
complete -c lifeos -n "__fish_lifeos_using_subcommand plan; and __fish_seen_subcommand_from help" -f -a "today" -d 'Today\'s readings of each active plan (or one), with a catch-up share if behind'
complete -c lifeos -n "__fish_lifeos_using_subcommand plan; and __fish_seen_subcommand_from help" -f -a "done" -d 'Mark a reading read: its text (or a unique start of it), `day:N` for a whole day, or nothing for the next unread one'
complete -c lifeos -n "__fish_lifeos_using_subcommand plan; and __fish_seen_subcommand_from help" -f -a "undone" -d 'Mark a reading unread again'
complete -c lifeos -n "__fish_lifeos_using_subcommand plan; and __fish_seen_subcommand_from help" -f -a "status" -d 'Progress: day, read, behind by N days, and a catch-up schedule'
complete -c lifeos -n "__fish_lifeos_using_subcommand plan; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Change a plan\'s name or start date, or archive it'
complete -c lifeos -n "__fish_lifeos_using_subcommand plan; and __fish_seen_subcommand_from help" -f -a "rm" -d 'Delete a plan (soft)'
complete -c lifeos -n "__fish_lifeos_using_subcommand plan; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lifeos -n "__fish_lifeos_using_subcommand undo" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand undo" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand undo" -l credential-store -d 'Where secrets (database key, session token) are kept: the OS keyring, the passphrase-encrypted file, or environment variables (read-only). Default: the config\'s `credential_store`, else keyring, file, env in that order' -r -f -a "keyring\t'The operating system\'s keyring'
file\t'The passphrase-encrypted file'
env\t'Environment variables (read-only)'"
complete -c lifeos -n "__fish_lifeos_using_subcommand undo" -l wide -d 'Tables: show every column whole and ids in full, however wide (by default a table fits the terminal, cutting its widest text column, and ids are shortened)'
complete -c lifeos -n "__fish_lifeos_using_subcommand undo" -l debug -d 'Explain what happens on stderr (paths, credential stores, server calls); secrets never show'
complete -c lifeos -n "__fish_lifeos_using_subcommand undo" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand undo" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand search" -l limit -d 'At most this many hits, best first (1 to 1000)' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand search" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand search" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand search" -l credential-store -d 'Where secrets (database key, session token) are kept: the OS keyring, the passphrase-encrypted file, or environment variables (read-only). Default: the config\'s `credential_store`, else keyring, file, env in that order' -r -f -a "keyring\t'The operating system\'s keyring'
file\t'The passphrase-encrypted file'
env\t'Environment variables (read-only)'"
complete -c lifeos -n "__fish_lifeos_using_subcommand search" -l wide -d 'Tables: show every column whole and ids in full, however wide (by default a table fits the terminal, cutting its widest text column, and ids are shortened)'
complete -c lifeos -n "__fish_lifeos_using_subcommand search" -l debug -d 'Explain what happens on stderr (paths, credential stores, server calls); secrets never show'
complete -c lifeos -n "__fish_lifeos_using_subcommand search" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand search" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand day" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand day" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand day" -l credential-store -d 'Where secrets (database key, session token) are kept: the OS keyring, the passphrase-encrypted file, or environment variables (read-only). Default: the config\'s `credential_store`, else keyring, file, env in that order' -r -f -a "keyring\t'The operating system\'s keyring'
file\t'The passphrase-encrypted file'
env\t'Environment variables (read-only)'"
complete -c lifeos -n "__fish_lifeos_using_subcommand day" -l wide -d 'Tables: show every column whole and ids in full, however wide (by default a table fits the terminal, cutting its widest text column, and ids are shortened)'
complete -c lifeos -n "__fish_lifeos_using_subcommand day" -l debug -d 'Explain what happens on stderr (paths, credential stores, server calls); secrets never show'
complete -c lifeos -n "__fish_lifeos_using_subcommand day" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand day" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand timeline" -l from -d 'The first day (YYYY-MM-DD, -1w, last mon…)' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand timeline" -l to -d 'The last day, inclusive (default today)' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand timeline" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand timeline" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand timeline" -l credential-store -d 'Where secrets (database key, session token) are kept: the OS keyring, the passphrase-encrypted file, or environment variables (read-only). Default: the config\'s `credential_store`, else keyring, file, env in that order' -r -f -a "keyring\t'The operating system\'s keyring'
file\t'The passphrase-encrypted file'
env\t'Environment variables (read-only)'"
complete -c lifeos -n "__fish_lifeos_using_subcommand timeline" -l wide -d 'Tables: show every column whole and ids in full, however wide (by default a table fits the terminal, cutting its widest text column, and ids are shortened)'
complete -c lifeos -n "__fish_lifeos_using_subcommand timeline" -l debug -d 'Explain what happens on stderr (paths, credential stores, server calls); secrets never show'
complete -c lifeos -n "__fish_lifeos_using_subcommand timeline" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand timeline" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and not __fish_seen_subcommand_from task next note person place habit fast account tx transfer budget balance spending finance export import restore attach attachment login logout sync status workspace auth db profile unlock lock health workout practice plan undo search day timeline help" -f -a "task" -d 'Things to do'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and not __fish_seen_subcommand_from task next note person place habit fast account tx transfer budget balance spending finance export import restore attach attachment login logout sync status workspace auth db profile unlock lock health workout practice plan undo search day timeline help" -f -a "next" -d 'The open tasks to do next, most urgent first (due, priority, age, blocking…)'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and not __fish_seen_subcommand_from task next note person place habit fast account tx transfer budget balance spending finance export import restore attach attachment login logout sync status workspace auth db profile unlock lock health workout practice plan undo search day timeline help" -f -a "note" -d 'Markdown notes'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and not __fish_seen_subcommand_from task next note person place habit fast account tx transfer budget balance spending finance export import restore attach attachment login logout sync status workspace auth db profile unlock lock health workout practice plan undo search day timeline help" -f -a "person" -d 'People in your life'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and not __fish_seen_subcommand_from task next note person place habit fast account tx transfer budget balance spending finance export import restore attach attachment login logout sync status workspace auth db profile unlock lock health workout practice plan undo search day timeline help" -f -a "place" -d 'Places that matter'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and not __fish_seen_subcommand_from task next note person place habit fast account tx transfer budget balance spending finance export import restore attach attachment login logout sync status workspace auth db profile unlock lock health workout practice plan undo search day timeline help" -f -a "habit" -d 'Habits: check in, skip, streaks and statistics'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and not __fish_seen_subcommand_from task next note person place habit fast account tx transfer budget balance spending finance export import restore attach attachment login logout sync status workspace auth db profile unlock lock health workout practice plan undo search day timeline help" -f -a "fast" -d 'Fasting: start, stop, the running fast, history and statistics'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and not __fish_seen_subcommand_from task next note person place habit fast account tx transfer budget balance spending finance export import restore attach attachment login logout sync status workspace auth db profile unlock lock health workout practice plan undo search day timeline help" -f -a "account" -d 'Money accounts'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and not __fish_seen_subcommand_from task next note person place habit fast account tx transfer budget balance spending finance export import restore attach attachment login logout sync status workspace auth db profile unlock lock health workout practice plan undo search day timeline help" -f -a "tx" -d 'Transactions: money in (positive) or out (negative) of an account'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and not __fish_seen_subcommand_from task next note person place habit fast account tx transfer budget balance spending finance export import restore attach attachment login logout sync status workspace auth db profile unlock lock health workout practice plan undo search day timeline help" -f -a "transfer" -d 'Transfers between two of your accounts (two linked transactions)'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and not __fish_seen_subcommand_from task next note person place habit fast account tx transfer budget balance spending finance export import restore attach attachment login logout sync status workspace auth db profile unlock lock health workout practice plan undo search day timeline help" -f -a "budget" -d 'Monthly budgets per category'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and not __fish_seen_subcommand_from task next note person place habit fast account tx transfer budget balance spending finance export import restore attach attachment login logout sync status workspace auth db profile unlock lock health workout practice plan undo search day timeline help" -f -a "balance" -d 'Account balances (as of a date) and net worth per currency'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and not __fish_seen_subcommand_from task next note person place habit fast account tx transfer budget balance spending finance export import restore attach attachment login logout sync status workspace auth db profile unlock lock health workout practice plan undo search day timeline help" -f -a "spending" -d 'Spending by category in a month (subcategories roll up)'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and not __fish_seen_subcommand_from task next note person place habit fast account tx transfer budget balance spending finance export import restore attach attachment login logout sync status workspace auth db profile unlock lock health workout practice plan undo search day timeline help" -f -a "finance" -d 'Finance as a whole: export a journal for hledger/Ledger'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and not __fish_seen_subcommand_from task next note person place habit fast account tx transfer budget balance spending finance export import restore attach attachment login logout sync status workspace auth db profile unlock lock health workout practice plan undo search day timeline help" -f -a "export" -d 'Write every row of every kind, deleted ones included, to stdout as ndjson (what import reads)'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and not __fish_seen_subcommand_from task next note person place habit fast account tx transfer budget balance spending finance export import restore attach attachment login logout sync status workspace auth db profile unlock lock health workout practice plan undo search day timeline help" -f -a "import" -d 'Read an export (a file, or - for stdin) in one transaction; rows merge by version'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and not __fish_seen_subcommand_from task next note person place habit fast account tx transfer budget balance spending finance export import restore attach attachment login logout sync status workspace auth db profile unlock lock health workout practice plan undo search day timeline help" -f -a "restore" -d 'Make an export\'s rows current again (undo edits and deletes since it was made)'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and not __fish_seen_subcommand_from task next note person place habit fast account tx transfer budget balance spending finance export import restore attach attachment login logout sync status workspace auth db profile unlock lock health workout practice plan undo search day timeline help" -f -a "attach" -d 'Attach a file to a row: `lifeos attach receipt.pdf --to tx:RECEIPT_ID`'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and not __fish_seen_subcommand_from task next note person place habit fast account tx transfer budget balance spending finance export import restore attach attachment login logout sync status workspace auth db profile unlock lock health workout practice plan undo search day timeline help" -f -a "attachment" -d 'Files attached to rows: list, get, open, rm'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and not __fish_seen_subcommand_from task next note person place habit fast account tx transfer budget balance spending finance export import restore attach attachment login logout sync status workspace auth db profile unlock lock health workout practice plan undo search day timeline help" -f -a "login" -d 'Log in to a sync server (password prompted, or LIFEOS_PASSWORD)'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and not __fish_seen_subcommand_from task next note person place habit fast account tx transfer budget balance spending finance export import restore attach attachment login logout sync status workspace auth db profile unlock lock health workout practice plan undo search day timeline help" -f -a "logout" -d 'Log out: the session is revoked and forgotten'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and not __fish_seen_subcommand_from task next note person place habit fast account tx transfer budget balance spending finance export import restore attach attachment login logout sync status workspace auth db profile unlock lock health workout practice plan undo search day timeline help" -f -a "sync" -d 'Push local changes, then pull everyone else\'s; then upload new attachments'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and not __fish_seen_subcommand_from task next note person place habit fast account tx transfer budget balance spending finance export import restore attach attachment login logout sync status workspace auth db profile unlock lock health workout practice plan undo search day timeline help" -f -a "status" -d 'Server, workspace, pending changes, last sync'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and not __fish_seen_subcommand_from task next note person place habit fast account tx transfer budget balance spending finance export import restore attach attachment login logout sync status workspace auth db profile unlock lock health workout practice plan undo search day timeline help" -f -a "workspace" -d 'The workspaces of your account'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and not __fish_seen_subcommand_from task next note person place habit fast account tx transfer budget balance spending finance export import restore attach attachment login logout sync status workspace auth db profile unlock lock health workout practice plan undo search day timeline help" -f -a "auth" -d 'Credentials: where the database key and session token are kept'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and not __fish_seen_subcommand_from task next note person place habit fast account tx transfer budget balance spending finance export import restore attach attachment login logout sync status workspace auth db profile unlock lock health workout practice plan undo search day timeline help" -f -a "db" -d 'The encrypted database itself'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and not __fish_seen_subcommand_from task next note person place habit fast account tx transfer budget balance spending finance export import restore attach attachment login logout sync status workspace auth db profile unlock lock health workout practice plan undo search day timeline help" -f -a "profile" -d 'Profiles: each has its own server, workspace, database and credentials'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and not __fish_seen_subcommand_from task next note person place habit fast account tx transfer budget balance spending finance export import restore attach attachment login logout sync status workspace auth db profile unlock lock health workout practice plan undo search day timeline help" -f -a "unlock" -d 'Unseal the database key once and keep it in the kernel keyring (Linux) for a while: the commands after it ask no passphrase'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and not __fish_seen_subcommand_from task next note person place habit fast account tx transfer budget balance spending finance export import restore attach attachment login logout sync status workspace auth db profile unlock lock health workout practice plan undo search day timeline help" -f -a "lock" -d 'Forget the unlocked key at once: the next command asks for the passphrase again'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and not __fish_seen_subcommand_from task next note person place habit fast account tx transfer budget balance spending finance export import restore attach attachment login logout sync status workspace auth db profile unlock lock health workout practice plan undo search day timeline help" -f -a "health" -d 'Health: weight, blood pressure, sleep, steps, water, mood… and trends'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and not __fish_seen_subcommand_from task next note person place habit fast account tx transfer budget balance spending finance export import restore attach attachment login logout sync status workspace auth db profile unlock lock health workout practice plan undo search day timeline help" -f -a "workout" -d 'Workouts and weekly totals'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and not __fish_seen_subcommand_from task next note person place habit fast account tx transfer budget balance spending finance export import restore attach attachment login logout sync status workspace auth db profile unlock lock health workout practice plan undo search day timeline help" -f -a "practice" -d 'Faith practice: prayer, scripture, meditation… or your own; streaks and totals'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and not __fish_seen_subcommand_from task next note person place habit fast account tx transfer budget balance spending finance export import restore attach attachment login logout sync status workspace auth db profile unlock lock health workout practice plan undo search day timeline help" -f -a "plan" -d 'Reading plans: import, today\'s readings, progress and catch-up'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and not __fish_seen_subcommand_from task next note person place habit fast account tx transfer budget balance spending finance export import restore attach attachment login logout sync status workspace auth db profile unlock lock health workout practice plan undo search day timeline help" -f -a "undo" -d 'Take back the last local change of any kind (again: the one before), as new versions that sync; prints what it undid'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and not __fish_seen_subcommand_from task next note person place habit fast account tx transfer budget balance spending finance export import restore attach attachment login logout sync status workspace auth db profile unlock lock health workout practice plan undo search day timeline help" -f -a "search" -d 'Find anything: ranked hits across every kind, with the matches marked'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and not __fish_seen_subcommand_from task next note person place habit fast account tx transfer budget balance spending finance export import restore attach attachment login logout sync status workspace auth db profile unlock lock health workout practice plan undo search day timeline help" -f -a "day" -d 'Everything that happened on one day (default today), across every domain'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and not __fish_seen_subcommand_from task next note person place habit fast account tx transfer budget balance spending finance export import restore attach attachment login logout sync status workspace auth db profile unlock lock health workout practice plan undo search day timeline help" -f -a "timeline" -d 'Everything that happened from one day to another, across every domain'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and not __fish_seen_subcommand_from task next note person place habit fast account tx transfer budget balance spending finance export import restore attach attachment login logout sync status workspace auth db profile unlock lock health workout practice plan undo search day timeline help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and __fish_seen_subcommand_from task" -f -a "add" -d 'Add a task'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and __fish_seen_subcommand_from task" -f -a "list" -d 'List tasks (open ones unless --status or --all)'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and __fish_seen_subcommand_from task" -f -a "show" -d 'Show one task'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and __fish_seen_subcommand_from task" -f -a "edit" -d 'Change a task'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and __fish_seen_subcommand_from task" -f -a "start" -d 'Mark a task as in progress'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and __fish_seen_subcommand_from task" -f -a "done" -d 'Mark a task as done (a recurring one: its series\' next instance appears)'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and __fish_seen_subcommand_from task" -f -a "skip" -d 'Skip an instance of a recurring task: cancelled, and the next one appears'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and __fish_seen_subcommand_from task" -f -a "annotate" -d 'Add a timestamped note to a task'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and __fish_seen_subcommand_from task" -f -a "projects" -d 'The projects of open tasks, with how many each holds (below it too)'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and __fish_seen_subcommand_from task" -f -a "rm" -d 'Delete a task (it stays as a tombstone; see restore)'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and __fish_seen_subcommand_from task" -f -a "restore" -d 'Undo the deletion of a task'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and __fish_seen_subcommand_from note" -f -a "add" -d 'Add a note'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and __fish_seen_subcommand_from note" -f -a "list" -d 'List notes (pinned first)'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and __fish_seen_subcommand_from note" -f -a "show" -d 'Show one note'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and __fish_seen_subcommand_from note" -f -a "edit" -d 'Change a note'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and __fish_seen_subcommand_from note" -f -a "rm" -d 'Delete a note (it stays as a tombstone; see restore)'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and __fish_seen_subcommand_from note" -f -a "restore" -d 'Undo the deletion of a note'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and __fish_seen_subcommand_from person" -f -a "add" -d 'Add a person'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and __fish_seen_subcommand_from person" -f -a "list" -d 'List people'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and __fish_seen_subcommand_from person" -f -a "show" -d 'Show one person'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and __fish_seen_subcommand_from person" -f -a "edit" -d 'Change a person'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and __fish_seen_subcommand_from person" -f -a "contacted" -d 'Record that you were in touch now (or --at a time)'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and __fish_seen_subcommand_from person" -f -a "rm" -d 'Delete a person (it stays as a tombstone; see restore)'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and __fish_seen_subcommand_from person" -f -a "restore" -d 'Undo the deletion of a person'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and __fish_seen_subcommand_from place" -f -a "add" -d 'Add a place'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and __fish_seen_subcommand_from place" -f -a "list" -d 'List places'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and __fish_seen_subcommand_from place" -f -a "show" -d 'Show one place'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and __fish_seen_subcommand_from place" -f -a "edit" -d 'Change a place'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and __fish_seen_subcommand_from place" -f -a "rm" -d 'Delete a place (it stays as a tombstone; see restore)'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and __fish_seen_subcommand_from place" -f -a "restore" -d 'Undo the deletion of a place'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and __fish_seen_subcommand_from habit" -f -a "add" -d 'Add a habit'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and __fish_seen_subcommand_from habit" -f -a "list" -d 'List habits with today\'s state and the current streak'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and __fish_seen_subcommand_from habit" -f -a "show" -d 'Show one habit'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and __fish_seen_subcommand_from habit" -f -a "edit" -d 'Change a habit'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and __fish_seen_subcommand_from habit" -f -a "check" -d 'Check a habit in as done (today, or --date); again on the same day updates it'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and __fish_seen_subcommand_from habit" -f -a "uncheck" -d 'Remove the check-in (done or skipped) of a day'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and __fish_seen_subcommand_from habit" -f -a "skip" -d 'Excuse a day (skip, vacation): it neither counts nor breaks a streak'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and __fish_seen_subcommand_from habit" -f -a "log" -d 'The check-ins of a habit, newest first'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and __fish_seen_subcommand_from habit" -f -a "stats" -d 'Streaks, completion and strength of a habit'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and __fish_seen_subcommand_from habit" -f -a "archive" -d 'Archive a habit: kept with its history, hidden from the list, no check-ins'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and __fish_seen_subcommand_from habit" -f -a "unarchive" -d 'Bring an archived habit back'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and __fish_seen_subcommand_from habit" -f -a "rm" -d 'Delete a habit (it stays as a tombstone; see restore)'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and __fish_seen_subcommand_from habit" -f -a "restore" -d 'Undo the deletion of a habit'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and __fish_seen_subcommand_from fast" -f -a "start" -d 'Start a fast (one runs at a time)'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and __fish_seen_subcommand_from fast" -f -a "stop" -d 'End the running fast'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and __fish_seen_subcommand_from fast" -f -a "status" -d 'The running fast: elapsed and remaining time'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and __fish_seen_subcommand_from fast" -f -a "list" -d 'Past and running fasts, oldest first'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and __fish_seen_subcommand_from fast" -f -a "stats" -d 'Count, average and longest duration, and the share that met their target'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and __fish_seen_subcommand_from fast" -f -a "edit" -d 'Change a fast'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and __fish_seen_subcommand_from fast" -f -a "rm" -d 'Delete a fast (it stays as a tombstone; see restore)'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and __fish_seen_subcommand_from fast" -f -a "restore" -d 'Undo the deletion of a fast'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and __fish_seen_subcommand_from account" -f -a "add" -d 'Add an account'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and __fish_seen_subcommand_from account" -f -a "list" -d 'List accounts (not archived ones unless --all)'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and __fish_seen_subcommand_from account" -f -a "show" -d 'Show one account'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and __fish_seen_subcommand_from account" -f -a "edit" -d 'Change an account'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and __fish_seen_subcommand_from account" -f -a "rm" -d 'Delete an account (it stays as a tombstone; see restore)'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and __fish_seen_subcommand_from account" -f -a "restore" -d 'Undo the deletion of an account'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and __fish_seen_subcommand_from tx" -f -a "add" -d 'Add a transaction: AMOUNT (negative = outflow) and an optional PAYEE'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and __fish_seen_subcommand_from tx" -f -a "list" -d 'List transactions, oldest first'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and __fish_seen_subcommand_from tx" -f -a "show" -d 'Show one transaction'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and __fish_seen_subcommand_from tx" -f -a "edit" -d 'Change a transaction (both sides of a transfer change together)'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and __fish_seen_subcommand_from tx" -f -a "rm" -d 'Delete a transaction (a transfer\'s both sides; tombstones, see restore)'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and __fish_seen_subcommand_from tx" -f -a "restore" -d 'Undo the deletion of a transaction (a transfer\'s both sides)'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and __fish_seen_subcommand_from tx" -f -a "import" -d 'Import a bank\'s CSV file into an account, in one transaction'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and __fish_seen_subcommand_from transfer" -f -a "add" -d 'Move money between two accounts: one linked pair of transactions'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and __fish_seen_subcommand_from budget" -f -a "set" -d 'Set a category\'s budget for a month (replaces an earlier one)'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and __fish_seen_subcommand_from budget" -f -a "list" -d 'List budgets'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and __fish_seen_subcommand_from budget" -f -a "rm" -d 'Delete a budget'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and __fish_seen_subcommand_from budget" -f -a "report" -d 'Budget against actual spending for a month, with what is left'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and __fish_seen_subcommand_from finance" -f -a "export" -d 'Write every account and transaction as a journal for hledger (--to ledger)'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and __fish_seen_subcommand_from attachment" -f -a "list" -d 'List attachments: of one row with --to, else all'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and __fish_seen_subcommand_from attachment" -f -a "show" -d 'Show one attachment\'s row'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and __fish_seen_subcommand_from attachment" -f -a "get" -d 'Write an attachment\'s file (fetched from the server first if this device lacks it)'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and __fish_seen_subcommand_from attachment" -f -a "open" -d 'Open an attachment with the system\'s opener (or $LIFEOS_OPENER)'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and __fish_seen_subcommand_from attachment" -f -a "rm" -d 'Delete an attachment (it stays as a tombstone; see restore)'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and __fish_seen_subcommand_from attachment" -f -a "restore" -d 'Undo the deletion of an attachment'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and __fish_seen_subcommand_from workspace" -f -a "list" -d 'List your workspaces'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and __fish_seen_subcommand_from workspace" -f -a "use" -d 'Make this profile mirror a workspace (a profile\'s database holds one workspace)'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "status" -d 'Which credential store holds which secret (never the secret itself)'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "export-key" -d 'Print the database key (64 hex digits, what LIFEOS_DB_KEY takes) for safekeeping, after a warning; it asks first unless --yes'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and __fish_seen_subcommand_from db" -f -a "rekey" -d 'Re-encrypt the database under a new random key, kept in the credential store; the old key stops working'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and __fish_seen_subcommand_from db" -f -a "check" -d 'Check every page of the database (SQLCipher\'s and SQLite\'s integrity checks) without changing it; exits 1 if it is damaged'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and __fish_seen_subcommand_from db" -f -a "backup" -d 'Write a consistent copy of the database to FILE, encrypted with the same key'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and __fish_seen_subcommand_from db" -f -a "reindex" -d 'Rebuild the search index and the timeline from the rows (they are kept with every write and rebuilt when an upgrade changes them; this is for a deferred index, LIFEOS_SEARCH_INDEX=off, or peace of mind)'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "list" -d 'List the profiles'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "add" -d 'Create a profile (its database is made on first use)'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "use" -d 'Make a profile the default'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "rm" -d 'Delete a profile: its settings, its credentials and its database'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and __fish_seen_subcommand_from health" -f -a "log" -d 'Log a measurement: `weight 72.4kg`, `bp 120/80`, `sleep --from 23:10 --to 06:40`, `steps 9000`, `water 500ml`, `mood 4`, `body_fat 18.5%`, `hr 58`, or your own kind with `--unit` (`glucose 5.4 --unit mmol/L`)'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and __fish_seen_subcommand_from health" -f -a "list" -d 'Entries, newest first'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and __fish_seen_subcommand_from health" -f -a "trend" -d 'Latest value, 7- and 30-day averages and the trend of one kind'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and __fish_seen_subcommand_from health" -f -a "summary" -d 'Latest value, averages and trend of every kind logged'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and __fish_seen_subcommand_from health" -f -a "rm" -d 'Delete an entry (soft)'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and __fish_seen_subcommand_from health" -f -a "restore" -d 'Undo a delete'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and __fish_seen_subcommand_from health" -f -a "import" -d 'Import a CSV file: `--map date=Date,value=Weight` with `--kind weight`, or a `kind=` column. Rows already imported (or logged alike) are skipped; a bad row rejects the file and names the row'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and __fish_seen_subcommand_from workout" -f -a "add" -d 'Log a workout: `run --duration 42m --distance 8.2km`'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and __fish_seen_subcommand_from workout" -f -a "list" -d 'Workouts, newest first'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and __fish_seen_subcommand_from workout" -f -a "stats" -d 'Totals per ISO week: count, time, distance, energy, per kind'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and __fish_seen_subcommand_from workout" -f -a "rm" -d 'Delete a workout (soft)'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and __fish_seen_subcommand_from workout" -f -a "restore" -d 'Undo a delete'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and __fish_seen_subcommand_from practice" -f -a "log" -d 'Log a practice: `prayer --duration 15m --note "…"`'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and __fish_seen_subcommand_from practice" -f -a "list" -d 'Practices, newest first'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and __fish_seen_subcommand_from practice" -f -a "stats" -d 'Streaks, and totals per kind per week and month'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and __fish_seen_subcommand_from practice" -f -a "rm" -d 'Delete a practice (soft)'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and __fish_seen_subcommand_from practice" -f -a "restore" -d 'Undo a delete'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and __fish_seen_subcommand_from plan" -f -a "import" -d 'Make a plan from a file: one reading per line, optionally led by its day number (`12, John 3`); CSV `day,reading` works too'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and __fish_seen_subcommand_from plan" -f -a "list" -d 'The plans'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and __fish_seen_subcommand_from plan" -f -a "today" -d 'Today\'s readings of each active plan (or one), with a catch-up share if behind'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and __fish_seen_subcommand_from plan" -f -a "done" -d 'Mark a reading read: its text (or a unique start of it), `day:N` for a whole day, or nothing for the next unread one'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and __fish_seen_subcommand_from plan" -f -a "undone" -d 'Mark a reading unread again'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and __fish_seen_subcommand_from plan" -f -a "status" -d 'Progress: day, read, behind by N days, and a catch-up schedule'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and __fish_seen_subcommand_from plan" -f -a "edit" -d 'Change a plan\'s name or start date, or archive it'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and __fish_seen_subcommand_from plan" -f -a "rm" -d 'Delete a plan (soft)'
