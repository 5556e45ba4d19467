# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_lifeos_global_optspecs
    string join \n profile= format= h/help V/version
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
complete -c lifeos -n "__fish_lifeos_needs_command" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "ledger\t'An hledger/Ledger journal (only `finance export`)'
table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_needs_command" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_needs_command" -f -a "task" -d 'Things to do'
complete -c lifeos -n "__fish_lifeos_needs_command" -f -a "note" -d 'Markdown notes'
complete -c lifeos -n "__fish_lifeos_needs_command" -f -a "person" -d 'People in your life'
complete -c lifeos -n "__fish_lifeos_needs_command" -f -a "place" -d 'Places that matter'
complete -c lifeos -n "__fish_lifeos_needs_command" -f -a "account" -d 'Money accounts'
complete -c lifeos -n "__fish_lifeos_needs_command" -f -a "tx" -d 'Transactions: money in (positive) or out (negative) of an account'
complete -c lifeos -n "__fish_lifeos_needs_command" -f -a "transfer" -d 'Transfers between two of your accounts (two linked transactions)'
complete -c lifeos -n "__fish_lifeos_needs_command" -f -a "budget" -d 'Monthly budgets per category'
complete -c lifeos -n "__fish_lifeos_needs_command" -f -a "balance" -d 'Account balances (as of a date) and net worth per currency'
complete -c lifeos -n "__fish_lifeos_needs_command" -f -a "spending" -d 'Spending by category in a month (subcategories roll up)'
complete -c lifeos -n "__fish_lifeos_needs_command" -f -a "finance" -d 'Finance as a whole: export a journal for hledger/Ledger'
complete -c lifeos -n "__fish_lifeos_needs_command" -f -a "export" -d 'Write every row of every kind, deleted ones included, as ndjson to stdout (always ndjson)'
complete -c lifeos -n "__fish_lifeos_needs_command" -f -a "import" -d 'Read an export (a file, or - for stdin) in one transaction; rows merge by version'
complete -c lifeos -n "__fish_lifeos_needs_command" -f -a "login" -d 'Log in to a sync server (password prompted, or LIFEOS_PASSWORD)'
complete -c lifeos -n "__fish_lifeos_needs_command" -f -a "logout" -d 'Log out: the session is revoked and forgotten'
complete -c lifeos -n "__fish_lifeos_needs_command" -f -a "sync" -d 'Push local changes, then pull everyone else\'s'
complete -c lifeos -n "__fish_lifeos_needs_command" -f -a "status" -d 'Server, workspace, pending changes, last sync'
complete -c lifeos -n "__fish_lifeos_needs_command" -f -a "workspace" -d 'The workspaces of your account'
complete -c lifeos -n "__fish_lifeos_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and not __fish_seen_subcommand_from add list show edit start done rm restore help" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and not __fish_seen_subcommand_from add list show edit start done rm restore help" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "ledger\t'An hledger/Ledger journal (only `finance export`)'
table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and not __fish_seen_subcommand_from add list show edit start done rm restore help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and not __fish_seen_subcommand_from add list show edit start done rm restore help" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and not __fish_seen_subcommand_from add list show edit start done rm restore help" -f -a "add" -d 'Add a task'
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and not __fish_seen_subcommand_from add list show edit start done rm restore help" -f -a "list" -d 'List tasks (open ones unless --status or --all)'
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and not __fish_seen_subcommand_from add list show edit start done rm restore help" -f -a "show" -d 'Show one task'
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and not __fish_seen_subcommand_from add list show edit start done rm restore help" -f -a "edit" -d 'Change a task'
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and not __fish_seen_subcommand_from add list show edit start done rm restore help" -f -a "start" -d 'Mark a task as in progress'
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and not __fish_seen_subcommand_from add list show edit start done rm restore help" -f -a "done" -d 'Mark a task as done'
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and not __fish_seen_subcommand_from add list show edit start done rm restore help" -f -a "rm" -d 'Delete a task (it stays as a tombstone; see restore)'
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and not __fish_seen_subcommand_from add list show edit start done rm restore help" -f -a "restore" -d 'Undo the deletion of a task'
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and not __fish_seen_subcommand_from add list show edit start done rm restore help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from add" -l notes -d 'Longer notes' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from add" -l due -d 'Due date: YYYY-MM-DD, a date-time, today, tomorrow or a weekday' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from add" -l priority -d 'Priority' -r -f -a "none\t'No priority set'
low\t'Low'
medium\t'Medium'
high\t'High'"
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from add" -l tag -d 'Tag (repeatable)' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from add" -l person -d 'The person this task is about (id or prefix)' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from add" -l place -d 'The place it happens at (id or prefix)' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from add" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from add" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "ledger\t'An hledger/Ledger journal (only `finance export`)'
table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from list" -l status -d 'Only these statuses (repeatable)' -r -f -a "todo\t'Not started'
doing\t'In progress'
done\t'Finished; `completed_at` says when'
cancelled\t'Dropped'"
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from list" -l due-before -d 'Only tasks due before this date (YYYY-MM-DD, today, tomorrow, …)' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from list" -l tag -d 'Only rows with this tag' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from list" -l search -d 'Only rows whose text contains this (case-insensitive)' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from list" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from list" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "ledger\t'An hledger/Ledger journal (only `finance export`)'
table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from list" -l all -d 'Include deleted rows (and, for tasks, finished ones)'
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from show" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from show" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "ledger\t'An hledger/Ledger journal (only `finance export`)'
table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
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
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from edit" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from edit" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "ledger\t'An hledger/Ledger journal (only `finance export`)'
table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from edit" -l no-due -d 'Remove the due date'
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from edit" -l no-person -d 'Remove the person link'
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from edit" -l no-place -d 'Remove the place link'
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from edit" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from start" -l expect-version -d 'Fail if the row is no longer at this version (someone else changed it)' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from start" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from start" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "ledger\t'An hledger/Ledger journal (only `finance export`)'
table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from start" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from start" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from done" -l expect-version -d 'Fail if the row is no longer at this version (someone else changed it)' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from done" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from done" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "ledger\t'An hledger/Ledger journal (only `finance export`)'
table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from done" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from done" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from rm" -l expect-version -d 'Fail if the row is no longer at this version (someone else changed it)' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from rm" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from rm" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "ledger\t'An hledger/Ledger journal (only `finance export`)'
table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from rm" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from restore" -l expect-version -d 'Fail if the row is no longer at this version (someone else changed it)' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from restore" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from restore" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "ledger\t'An hledger/Ledger journal (only `finance export`)'
table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from restore" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from restore" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a task'
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from help" -f -a "list" -d 'List tasks (open ones unless --status or --all)'
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one task'
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Change a task'
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from help" -f -a "start" -d 'Mark a task as in progress'
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from help" -f -a "done" -d 'Mark a task as done'
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from help" -f -a "rm" -d 'Delete a task (it stays as a tombstone; see restore)'
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from help" -f -a "restore" -d 'Undo the deletion of a task'
complete -c lifeos -n "__fish_lifeos_using_subcommand task; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lifeos -n "__fish_lifeos_using_subcommand note; and not __fish_seen_subcommand_from add list show edit rm restore help" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand note; and not __fish_seen_subcommand_from add list show edit rm restore help" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "ledger\t'An hledger/Ledger journal (only `finance export`)'
table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
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
complete -c lifeos -n "__fish_lifeos_using_subcommand note; and __fish_seen_subcommand_from add" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "ledger\t'An hledger/Ledger journal (only `finance export`)'
table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand note; and __fish_seen_subcommand_from add" -l pin -d 'Pin the note'
complete -c lifeos -n "__fish_lifeos_using_subcommand note; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand note; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand note; and __fish_seen_subcommand_from list" -l tag -d 'Only rows with this tag' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand note; and __fish_seen_subcommand_from list" -l search -d 'Only rows whose text contains this (case-insensitive)' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand note; and __fish_seen_subcommand_from list" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand note; and __fish_seen_subcommand_from list" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "ledger\t'An hledger/Ledger journal (only `finance export`)'
table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand note; and __fish_seen_subcommand_from list" -l pinned -d 'Only pinned notes'
complete -c lifeos -n "__fish_lifeos_using_subcommand note; and __fish_seen_subcommand_from list" -l all -d 'Include deleted rows (and, for tasks, finished ones)'
complete -c lifeos -n "__fish_lifeos_using_subcommand note; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand note; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand note; and __fish_seen_subcommand_from show" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand note; and __fish_seen_subcommand_from show" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "ledger\t'An hledger/Ledger journal (only `finance export`)'
table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand note; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand note; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand note; and __fish_seen_subcommand_from edit" -l expect-version -d 'Fail if the row is no longer at this version (someone else changed it)' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand note; and __fish_seen_subcommand_from edit" -l title -d 'New title' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand note; and __fish_seen_subcommand_from edit" -l body -d 'New body' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand note; and __fish_seen_subcommand_from edit" -l body-file -d 'Read the new body from a file (- for stdin)' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand note; and __fish_seen_subcommand_from edit" -l tag -d 'Add a tag (repeatable)' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand note; and __fish_seen_subcommand_from edit" -l untag -d 'Remove a tag (repeatable)' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand note; and __fish_seen_subcommand_from edit" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand note; and __fish_seen_subcommand_from edit" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "ledger\t'An hledger/Ledger journal (only `finance export`)'
table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand note; and __fish_seen_subcommand_from edit" -l pin -d 'Pin the note'
complete -c lifeos -n "__fish_lifeos_using_subcommand note; and __fish_seen_subcommand_from edit" -l unpin -d 'Unpin the note'
complete -c lifeos -n "__fish_lifeos_using_subcommand note; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand note; and __fish_seen_subcommand_from edit" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand note; and __fish_seen_subcommand_from rm" -l expect-version -d 'Fail if the row is no longer at this version (someone else changed it)' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand note; and __fish_seen_subcommand_from rm" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand note; and __fish_seen_subcommand_from rm" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "ledger\t'An hledger/Ledger journal (only `finance export`)'
table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand note; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand note; and __fish_seen_subcommand_from rm" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand note; and __fish_seen_subcommand_from restore" -l expect-version -d 'Fail if the row is no longer at this version (someone else changed it)' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand note; and __fish_seen_subcommand_from restore" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand note; and __fish_seen_subcommand_from restore" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "ledger\t'An hledger/Ledger journal (only `finance export`)'
table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
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
complete -c lifeos -n "__fish_lifeos_using_subcommand person; and not __fish_seen_subcommand_from add list show edit contacted rm restore help" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "ledger\t'An hledger/Ledger journal (only `finance export`)'
table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
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
complete -c lifeos -n "__fish_lifeos_using_subcommand person; and __fish_seen_subcommand_from add" -l birthday -d 'Birthday, YYYY-MM-DD' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand person; and __fish_seen_subcommand_from add" -l notes -d 'Notes' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand person; and __fish_seen_subcommand_from add" -l tag -d 'Tag (repeatable)' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand person; and __fish_seen_subcommand_from add" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand person; and __fish_seen_subcommand_from add" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "ledger\t'An hledger/Ledger journal (only `finance export`)'
table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand person; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand person; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand person; and __fish_seen_subcommand_from list" -l tag -d 'Only rows with this tag' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand person; and __fish_seen_subcommand_from list" -l search -d 'Only rows whose text contains this (case-insensitive)' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand person; and __fish_seen_subcommand_from list" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand person; and __fish_seen_subcommand_from list" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "ledger\t'An hledger/Ledger journal (only `finance export`)'
table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand person; and __fish_seen_subcommand_from list" -l all -d 'Include deleted rows (and, for tasks, finished ones)'
complete -c lifeos -n "__fish_lifeos_using_subcommand person; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand person; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand person; and __fish_seen_subcommand_from show" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand person; and __fish_seen_subcommand_from show" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "ledger\t'An hledger/Ledger journal (only `finance export`)'
table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand person; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand person; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand person; and __fish_seen_subcommand_from edit" -l expect-version -d 'Fail if the row is no longer at this version (someone else changed it)' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand person; and __fish_seen_subcommand_from edit" -l name -d 'New name' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand person; and __fish_seen_subcommand_from edit" -l email -d 'Add an email address (repeatable)' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand person; and __fish_seen_subcommand_from edit" -l rm-email -d 'Remove an email address (repeatable)' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand person; and __fish_seen_subcommand_from edit" -l phone -d 'Add a phone number (repeatable)' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand person; and __fish_seen_subcommand_from edit" -l rm-phone -d 'Remove a phone number (repeatable)' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand person; and __fish_seen_subcommand_from edit" -l birthday -d 'New birthday, YYYY-MM-DD' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand person; and __fish_seen_subcommand_from edit" -l notes -d 'New notes' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand person; and __fish_seen_subcommand_from edit" -l tag -d 'Add a tag (repeatable)' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand person; and __fish_seen_subcommand_from edit" -l untag -d 'Remove a tag (repeatable)' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand person; and __fish_seen_subcommand_from edit" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand person; and __fish_seen_subcommand_from edit" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "ledger\t'An hledger/Ledger journal (only `finance export`)'
table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand person; and __fish_seen_subcommand_from edit" -l no-birthday -d 'Remove the birthday'
complete -c lifeos -n "__fish_lifeos_using_subcommand person; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand person; and __fish_seen_subcommand_from edit" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand person; and __fish_seen_subcommand_from contacted" -l expect-version -d 'Fail if the row is no longer at this version (someone else changed it)' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand person; and __fish_seen_subcommand_from contacted" -l at -d 'When (RFC 3339); now if omitted' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand person; and __fish_seen_subcommand_from contacted" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand person; and __fish_seen_subcommand_from contacted" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "ledger\t'An hledger/Ledger journal (only `finance export`)'
table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand person; and __fish_seen_subcommand_from contacted" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand person; and __fish_seen_subcommand_from contacted" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand person; and __fish_seen_subcommand_from rm" -l expect-version -d 'Fail if the row is no longer at this version (someone else changed it)' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand person; and __fish_seen_subcommand_from rm" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand person; and __fish_seen_subcommand_from rm" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "ledger\t'An hledger/Ledger journal (only `finance export`)'
table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand person; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand person; and __fish_seen_subcommand_from rm" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand person; and __fish_seen_subcommand_from restore" -l expect-version -d 'Fail if the row is no longer at this version (someone else changed it)' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand person; and __fish_seen_subcommand_from restore" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand person; and __fish_seen_subcommand_from restore" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "ledger\t'An hledger/Ledger journal (only `finance export`)'
table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
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
complete -c lifeos -n "__fish_lifeos_using_subcommand place; and not __fish_seen_subcommand_from add list show edit rm restore help" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "ledger\t'An hledger/Ledger journal (only `finance export`)'
table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
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
complete -c lifeos -n "__fish_lifeos_using_subcommand place; and __fish_seen_subcommand_from add" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "ledger\t'An hledger/Ledger journal (only `finance export`)'
table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand place; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand place; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand place; and __fish_seen_subcommand_from list" -l tag -d 'Only rows with this tag' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand place; and __fish_seen_subcommand_from list" -l search -d 'Only rows whose text contains this (case-insensitive)' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand place; and __fish_seen_subcommand_from list" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand place; and __fish_seen_subcommand_from list" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "ledger\t'An hledger/Ledger journal (only `finance export`)'
table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand place; and __fish_seen_subcommand_from list" -l all -d 'Include deleted rows (and, for tasks, finished ones)'
complete -c lifeos -n "__fish_lifeos_using_subcommand place; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand place; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand place; and __fish_seen_subcommand_from show" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand place; and __fish_seen_subcommand_from show" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "ledger\t'An hledger/Ledger journal (only `finance export`)'
table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
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
complete -c lifeos -n "__fish_lifeos_using_subcommand place; and __fish_seen_subcommand_from edit" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "ledger\t'An hledger/Ledger journal (only `finance export`)'
table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand place; and __fish_seen_subcommand_from edit" -l no-coords -d 'Remove the coordinates'
complete -c lifeos -n "__fish_lifeos_using_subcommand place; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand place; and __fish_seen_subcommand_from edit" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand place; and __fish_seen_subcommand_from rm" -l expect-version -d 'Fail if the row is no longer at this version (someone else changed it)' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand place; and __fish_seen_subcommand_from rm" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand place; and __fish_seen_subcommand_from rm" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "ledger\t'An hledger/Ledger journal (only `finance export`)'
table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand place; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand place; and __fish_seen_subcommand_from rm" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand place; and __fish_seen_subcommand_from restore" -l expect-version -d 'Fail if the row is no longer at this version (someone else changed it)' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand place; and __fish_seen_subcommand_from restore" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand place; and __fish_seen_subcommand_from restore" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "ledger\t'An hledger/Ledger journal (only `finance export`)'
table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand place; and __fish_seen_subcommand_from restore" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand place; and __fish_seen_subcommand_from restore" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand place; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a place'
complete -c lifeos -n "__fish_lifeos_using_subcommand place; and __fish_seen_subcommand_from help" -f -a "list" -d 'List places'
complete -c lifeos -n "__fish_lifeos_using_subcommand place; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one place'
complete -c lifeos -n "__fish_lifeos_using_subcommand place; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Change a place'
complete -c lifeos -n "__fish_lifeos_using_subcommand place; and __fish_seen_subcommand_from help" -f -a "rm" -d 'Delete a place (it stays as a tombstone; see restore)'
complete -c lifeos -n "__fish_lifeos_using_subcommand place; and __fish_seen_subcommand_from help" -f -a "restore" -d 'Undo the deletion of a place'
complete -c lifeos -n "__fish_lifeos_using_subcommand place; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lifeos -n "__fish_lifeos_using_subcommand account; and not __fish_seen_subcommand_from add list show edit rm restore help" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand account; and not __fish_seen_subcommand_from add list show edit rm restore help" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "ledger\t'An hledger/Ledger journal (only `finance export`)'
table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
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
complete -c lifeos -n "__fish_lifeos_using_subcommand account; and __fish_seen_subcommand_from add" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "ledger\t'An hledger/Ledger journal (only `finance export`)'
table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand account; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand account; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand account; and __fish_seen_subcommand_from list" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand account; and __fish_seen_subcommand_from list" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "ledger\t'An hledger/Ledger journal (only `finance export`)'
table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand account; and __fish_seen_subcommand_from list" -l all -d 'Include archived and deleted accounts'
complete -c lifeos -n "__fish_lifeos_using_subcommand account; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand account; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand account; and __fish_seen_subcommand_from show" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand account; and __fish_seen_subcommand_from show" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "ledger\t'An hledger/Ledger journal (only `finance export`)'
table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
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
complete -c lifeos -n "__fish_lifeos_using_subcommand account; and __fish_seen_subcommand_from edit" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "ledger\t'An hledger/Ledger journal (only `finance export`)'
table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand account; and __fish_seen_subcommand_from edit" -l archive -d 'Archive it (closed; kept for history)'
complete -c lifeos -n "__fish_lifeos_using_subcommand account; and __fish_seen_subcommand_from edit" -l unarchive -d 'Unarchive it'
complete -c lifeos -n "__fish_lifeos_using_subcommand account; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand account; and __fish_seen_subcommand_from edit" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand account; and __fish_seen_subcommand_from rm" -l expect-version -d 'Fail if the row is no longer at this version (someone else changed it)' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand account; and __fish_seen_subcommand_from rm" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand account; and __fish_seen_subcommand_from rm" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "ledger\t'An hledger/Ledger journal (only `finance export`)'
table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand account; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand account; and __fish_seen_subcommand_from rm" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand account; and __fish_seen_subcommand_from restore" -l expect-version -d 'Fail if the row is no longer at this version (someone else changed it)' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand account; and __fish_seen_subcommand_from restore" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand account; and __fish_seen_subcommand_from restore" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "ledger\t'An hledger/Ledger journal (only `finance export`)'
table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
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
complete -c lifeos -n "__fish_lifeos_using_subcommand tx; and not __fish_seen_subcommand_from add list show edit rm restore import help" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "ledger\t'An hledger/Ledger journal (only `finance export`)'
table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
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
complete -c lifeos -n "__fish_lifeos_using_subcommand tx; and __fish_seen_subcommand_from add" -l date -d 'Booking date: YYYY-MM-DD, today or yesterday (default today)' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand tx; and __fish_seen_subcommand_from add" -l category -d 'Hierarchical category, e.g. Food:Groceries' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand tx; and __fish_seen_subcommand_from add" -l memo -d 'A memo' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand tx; and __fish_seen_subcommand_from add" -l tag -d 'Tag (repeatable)' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand tx; and __fish_seen_subcommand_from add" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand tx; and __fish_seen_subcommand_from add" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "ledger\t'An hledger/Ledger journal (only `finance export`)'
table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand tx; and __fish_seen_subcommand_from add" -l cleared -d 'Cleared by the bank'
complete -c lifeos -n "__fish_lifeos_using_subcommand tx; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand tx; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand tx; and __fish_seen_subcommand_from list" -l account -d 'Only this account (exact name or id prefix)' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand tx; and __fish_seen_subcommand_from list" -l category -d 'Only this category and its subcategories' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand tx; and __fish_seen_subcommand_from list" -l from -d 'Booked on or after this date' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand tx; and __fish_seen_subcommand_from list" -l to -d 'Booked on or before this date' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand tx; and __fish_seen_subcommand_from list" -l tag -d 'Only rows with this tag' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand tx; and __fish_seen_subcommand_from list" -l search -d 'Only rows whose text contains this (case-insensitive)' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand tx; and __fish_seen_subcommand_from list" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand tx; and __fish_seen_subcommand_from list" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "ledger\t'An hledger/Ledger journal (only `finance export`)'
table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand tx; and __fish_seen_subcommand_from list" -l all -d 'Include deleted rows (and, for tasks, finished ones)'
complete -c lifeos -n "__fish_lifeos_using_subcommand tx; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand tx; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand tx; and __fish_seen_subcommand_from show" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand tx; and __fish_seen_subcommand_from show" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "ledger\t'An hledger/Ledger journal (only `finance export`)'
table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
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
complete -c lifeos -n "__fish_lifeos_using_subcommand tx; and __fish_seen_subcommand_from edit" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "ledger\t'An hledger/Ledger journal (only `finance export`)'
table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand tx; and __fish_seen_subcommand_from edit" -l cleared -d 'Mark cleared'
complete -c lifeos -n "__fish_lifeos_using_subcommand tx; and __fish_seen_subcommand_from edit" -l uncleared -d 'Mark not cleared'
complete -c lifeos -n "__fish_lifeos_using_subcommand tx; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand tx; and __fish_seen_subcommand_from edit" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand tx; and __fish_seen_subcommand_from rm" -l expect-version -d 'Fail if the row is no longer at this version (someone else changed it)' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand tx; and __fish_seen_subcommand_from rm" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand tx; and __fish_seen_subcommand_from rm" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "ledger\t'An hledger/Ledger journal (only `finance export`)'
table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand tx; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand tx; and __fish_seen_subcommand_from rm" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand tx; and __fish_seen_subcommand_from restore" -l expect-version -d 'Fail if the row is no longer at this version (someone else changed it)' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand tx; and __fish_seen_subcommand_from restore" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand tx; and __fish_seen_subcommand_from restore" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "ledger\t'An hledger/Ledger journal (only `finance export`)'
table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand tx; and __fish_seen_subcommand_from restore" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand tx; and __fish_seen_subcommand_from restore" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand tx; and __fish_seen_subcommand_from import" -l account -d 'The account the rows belong to (exact name or id prefix)' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand tx; and __fish_seen_subcommand_from import" -l map -d 'Which column holds what: date=COL,amount=COL, and optionally payee=, memo=, category=' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand tx; and __fish_seen_subcommand_from import" -l date-format -d 'Date format with %Y %m %d (default %Y-%m-%d)' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand tx; and __fish_seen_subcommand_from import" -l delimiter -d 'Field delimiter (default: \';\' or tab if the header uses it, else \',\')' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand tx; and __fish_seen_subcommand_from import" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand tx; and __fish_seen_subcommand_from import" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "ledger\t'An hledger/Ledger journal (only `finance export`)'
table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand tx; and __fish_seen_subcommand_from import" -l decimal-comma -d 'Amounts use a decimal comma (1.234,56)'
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
complete -c lifeos -n "__fish_lifeos_using_subcommand transfer; and not __fish_seen_subcommand_from add help" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "ledger\t'An hledger/Ledger journal (only `finance export`)'
table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
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
complete -c lifeos -n "__fish_lifeos_using_subcommand transfer; and __fish_seen_subcommand_from add" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "ledger\t'An hledger/Ledger journal (only `finance export`)'
table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand transfer; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand transfer; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand transfer; and __fish_seen_subcommand_from help" -f -a "add" -d 'Move money between two accounts: one linked pair of transactions'
complete -c lifeos -n "__fish_lifeos_using_subcommand transfer; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lifeos -n "__fish_lifeos_using_subcommand budget; and not __fish_seen_subcommand_from set list rm report help" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand budget; and not __fish_seen_subcommand_from set list rm report help" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "ledger\t'An hledger/Ledger journal (only `finance export`)'
table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
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
complete -c lifeos -n "__fish_lifeos_using_subcommand budget; and __fish_seen_subcommand_from set" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "ledger\t'An hledger/Ledger journal (only `finance export`)'
table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand budget; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand budget; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand budget; and __fish_seen_subcommand_from list" -l month -d 'Only this month' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand budget; and __fish_seen_subcommand_from list" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand budget; and __fish_seen_subcommand_from list" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "ledger\t'An hledger/Ledger journal (only `finance export`)'
table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand budget; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand budget; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand budget; and __fish_seen_subcommand_from rm" -l expect-version -d 'Fail if the row is no longer at this version (someone else changed it)' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand budget; and __fish_seen_subcommand_from rm" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand budget; and __fish_seen_subcommand_from rm" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "ledger\t'An hledger/Ledger journal (only `finance export`)'
table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand budget; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand budget; and __fish_seen_subcommand_from rm" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand budget; and __fish_seen_subcommand_from report" -l month -d 'The month, YYYY-MM (default this month)' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand budget; and __fish_seen_subcommand_from report" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand budget; and __fish_seen_subcommand_from report" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "ledger\t'An hledger/Ledger journal (only `finance export`)'
table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
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
complete -c lifeos -n "__fish_lifeos_using_subcommand balance" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "ledger\t'An hledger/Ledger journal (only `finance export`)'
table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand balance" -l all -d 'Include archived accounts'
complete -c lifeos -n "__fish_lifeos_using_subcommand balance" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand balance" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand spending" -l month -d 'The month, YYYY-MM (default this month)' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand spending" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand spending" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "ledger\t'An hledger/Ledger journal (only `finance export`)'
table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand spending" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand spending" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand finance; and not __fish_seen_subcommand_from export help" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand finance; and not __fish_seen_subcommand_from export help" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "ledger\t'An hledger/Ledger journal (only `finance export`)'
table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand finance; and not __fish_seen_subcommand_from export help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand finance; and not __fish_seen_subcommand_from export help" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand finance; and not __fish_seen_subcommand_from export help" -f -a "export" -d 'Write every account and transaction as a journal (--format ledger) for hledger'
complete -c lifeos -n "__fish_lifeos_using_subcommand finance; and not __fish_seen_subcommand_from export help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lifeos -n "__fish_lifeos_using_subcommand finance; and __fish_seen_subcommand_from export" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand finance; and __fish_seen_subcommand_from export" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "ledger\t'An hledger/Ledger journal (only `finance export`)'
table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand finance; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand finance; and __fish_seen_subcommand_from export" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand finance; and __fish_seen_subcommand_from help" -f -a "export" -d 'Write every account and transaction as a journal (--format ledger) for hledger'
complete -c lifeos -n "__fish_lifeos_using_subcommand finance; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lifeos -n "__fish_lifeos_using_subcommand export" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand export" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "ledger\t'An hledger/Ledger journal (only `finance export`)'
table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand export" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand export" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand import" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand import" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "ledger\t'An hledger/Ledger journal (only `finance export`)'
table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand import" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand import" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand login" -l server -d 'The server\'s URL, e.g. https://lifeos.example.org (default: the profile\'s)' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand login" -l email -d 'Your account\'s email (default: the profile\'s)' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand login" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand login" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "ledger\t'An hledger/Ledger journal (only `finance export`)'
table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand login" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand login" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand logout" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand logout" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "ledger\t'An hledger/Ledger journal (only `finance export`)'
table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand logout" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand logout" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand sync" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand sync" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "ledger\t'An hledger/Ledger journal (only `finance export`)'
table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand sync" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand sync" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand status" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand status" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "ledger\t'An hledger/Ledger journal (only `finance export`)'
table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand status" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand status" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand workspace; and not __fish_seen_subcommand_from list use help" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand workspace; and not __fish_seen_subcommand_from list use help" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "ledger\t'An hledger/Ledger journal (only `finance export`)'
table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand workspace; and not __fish_seen_subcommand_from list use help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand workspace; and not __fish_seen_subcommand_from list use help" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand workspace; and not __fish_seen_subcommand_from list use help" -f -a "list" -d 'List your workspaces'
complete -c lifeos -n "__fish_lifeos_using_subcommand workspace; and not __fish_seen_subcommand_from list use help" -f -a "use" -d 'Make this profile mirror a workspace (a profile\'s database holds one workspace)'
complete -c lifeos -n "__fish_lifeos_using_subcommand workspace; and not __fish_seen_subcommand_from list use help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lifeos -n "__fish_lifeos_using_subcommand workspace; and __fish_seen_subcommand_from list" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand workspace; and __fish_seen_subcommand_from list" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "ledger\t'An hledger/Ledger journal (only `finance export`)'
table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand workspace; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand workspace; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand workspace; and __fish_seen_subcommand_from use" -l profile -d 'Profile to use (each has its own database); default from the config, else "default"' -r
complete -c lifeos -n "__fish_lifeos_using_subcommand workspace; and __fish_seen_subcommand_from use" -l format -d 'Output format: table on a terminal, json otherwise' -r -f -a "ledger\t'An hledger/Ledger journal (only `finance export`)'
table\t'Aligned columns for people'
json\t'One JSON document (an array for lists)'
yaml\t'YAML'
ndjson\t'One JSON object per line'"
complete -c lifeos -n "__fish_lifeos_using_subcommand workspace; and __fish_seen_subcommand_from use" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lifeos -n "__fish_lifeos_using_subcommand workspace; and __fish_seen_subcommand_from use" -s V -l version -d 'Print version'
complete -c lifeos -n "__fish_lifeos_using_subcommand workspace; and __fish_seen_subcommand_from help" -f -a "list" -d 'List your workspaces'
complete -c lifeos -n "__fish_lifeos_using_subcommand workspace; and __fish_seen_subcommand_from help" -f -a "use" -d 'Make this profile mirror a workspace (a profile\'s database holds one workspace)'
complete -c lifeos -n "__fish_lifeos_using_subcommand workspace; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and not __fish_seen_subcommand_from task note person place account tx transfer budget balance spending finance export import login logout sync status workspace help" -f -a "task" -d 'Things to do'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and not __fish_seen_subcommand_from task note person place account tx transfer budget balance spending finance export import login logout sync status workspace help" -f -a "note" -d 'Markdown notes'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and not __fish_seen_subcommand_from task note person place account tx transfer budget balance spending finance export import login logout sync status workspace help" -f -a "person" -d 'People in your life'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and not __fish_seen_subcommand_from task note person place account tx transfer budget balance spending finance export import login logout sync status workspace help" -f -a "place" -d 'Places that matter'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and not __fish_seen_subcommand_from task note person place account tx transfer budget balance spending finance export import login logout sync status workspace help" -f -a "account" -d 'Money accounts'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and not __fish_seen_subcommand_from task note person place account tx transfer budget balance spending finance export import login logout sync status workspace help" -f -a "tx" -d 'Transactions: money in (positive) or out (negative) of an account'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and not __fish_seen_subcommand_from task note person place account tx transfer budget balance spending finance export import login logout sync status workspace help" -f -a "transfer" -d 'Transfers between two of your accounts (two linked transactions)'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and not __fish_seen_subcommand_from task note person place account tx transfer budget balance spending finance export import login logout sync status workspace help" -f -a "budget" -d 'Monthly budgets per category'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and not __fish_seen_subcommand_from task note person place account tx transfer budget balance spending finance export import login logout sync status workspace help" -f -a "balance" -d 'Account balances (as of a date) and net worth per currency'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and not __fish_seen_subcommand_from task note person place account tx transfer budget balance spending finance export import login logout sync status workspace help" -f -a "spending" -d 'Spending by category in a month (subcategories roll up)'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and not __fish_seen_subcommand_from task note person place account tx transfer budget balance spending finance export import login logout sync status workspace help" -f -a "finance" -d 'Finance as a whole: export a journal for hledger/Ledger'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and not __fish_seen_subcommand_from task note person place account tx transfer budget balance spending finance export import login logout sync status workspace help" -f -a "export" -d 'Write every row of every kind, deleted ones included, as ndjson to stdout (always ndjson)'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and not __fish_seen_subcommand_from task note person place account tx transfer budget balance spending finance export import login logout sync status workspace help" -f -a "import" -d 'Read an export (a file, or - for stdin) in one transaction; rows merge by version'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and not __fish_seen_subcommand_from task note person place account tx transfer budget balance spending finance export import login logout sync status workspace help" -f -a "login" -d 'Log in to a sync server (password prompted, or LIFEOS_PASSWORD)'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and not __fish_seen_subcommand_from task note person place account tx transfer budget balance spending finance export import login logout sync status workspace help" -f -a "logout" -d 'Log out: the session is revoked and forgotten'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and not __fish_seen_subcommand_from task note person place account tx transfer budget balance spending finance export import login logout sync status workspace help" -f -a "sync" -d 'Push local changes, then pull everyone else\'s'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and not __fish_seen_subcommand_from task note person place account tx transfer budget balance spending finance export import login logout sync status workspace help" -f -a "status" -d 'Server, workspace, pending changes, last sync'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and not __fish_seen_subcommand_from task note person place account tx transfer budget balance spending finance export import login logout sync status workspace help" -f -a "workspace" -d 'The workspaces of your account'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and not __fish_seen_subcommand_from task note person place account tx transfer budget balance spending finance export import login logout sync status workspace help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and __fish_seen_subcommand_from task" -f -a "add" -d 'Add a task'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and __fish_seen_subcommand_from task" -f -a "list" -d 'List tasks (open ones unless --status or --all)'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and __fish_seen_subcommand_from task" -f -a "show" -d 'Show one task'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and __fish_seen_subcommand_from task" -f -a "edit" -d 'Change a task'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and __fish_seen_subcommand_from task" -f -a "start" -d 'Mark a task as in progress'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and __fish_seen_subcommand_from task" -f -a "done" -d 'Mark a task as done'
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
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and __fish_seen_subcommand_from finance" -f -a "export" -d 'Write every account and transaction as a journal (--format ledger) for hledger'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and __fish_seen_subcommand_from workspace" -f -a "list" -d 'List your workspaces'
complete -c lifeos -n "__fish_lifeos_using_subcommand help; and __fish_seen_subcommand_from workspace" -f -a "use" -d 'Make this profile mirror a workspace (a profile\'s database holds one workspace)'
