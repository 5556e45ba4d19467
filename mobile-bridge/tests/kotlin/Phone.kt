// The bridge used from Kotlin exactly as an Android app would (on the JVM here, through
// the committed generated bindings and JNA): a new encrypted store, a task, a habit
// check-in, a weight, Today, a file attached to the task, login to a real server, sync
// (the file uploaded after the rows); then the conflicting edit of
// the CLI test. Driven by mobile-bridge/tests/python/test_kotlin.py; prints one line per
// step and exits non-zero on any failure.
//
// Usage: Phone <step> <dir> <server> <email> <password>
//   step "first": create the rows and sync; prints the task id and the database key.
//   step "edit":  <dir>/key and <dir>/task: edit the task twice, sync, print its title.
import java.io.File
import kotlin.system.exitProcess
import uniffi.lifeos_core.*
import uniffi.lifeos_mobile.*

fun check(ok: Boolean, what: String) {
    if (!ok) {
        System.err.println("FAILED: $what")
        exitProcess(1)
    }
}

class Progress : SyncProgress {
    var events = 0
    override fun onProgress(event: SyncEvent) {
        events += 1
    }
}

fun main(args: Array<String>) {
    val (step, dir, server, email, password) = args
    val session = login(server, email, password)
    check(session.token.isNotEmpty(), "login gives a token")
    val path = "$dir/phone.db"
    if (step == "first") {
        val key = newKey()
        File("$dir/key").writeText(key)
        val store = LifeosStore.open(path, key)
        try {
            LifeosStore.open(path, newKey())
            check(false, "a wrong key is refused")
        } catch (e: LifeosException.WrongKey) {
            println("wrong key refused: ${e.path}")
        }
        val task = store.createTask(Task(title = "call the plumber", status = TaskStatus.TODO,
            priority = Priority.HIGH, due = "2026-12-01"))
        File("$dir/task").writeText(task.kernel.id)
        val plan = "fix the sink, then the tap".toByteArray()
        val att = store.attachBytes("task", task.kernel.id, "plan.txt", "text/plain", plan)
        check(store.attachmentsOf(task.kernel.id).map { it.fields.name } == listOf("plan.txt"),
            "the task lists its attachment")
        check(store.blobIsLocal(att.fields.sha256), "the attached blob is on the device")
        store.exportAttachment(att.kernel.id, "$dir/plan-export.txt", null, null, null)
        check(File("$dir/plan-export.txt").readBytes().contentEquals(plan), "the export has the bytes")
        try {
            store.attachBytes("task", task.kernel.id, "../plan.txt", null, plan)
            check(false, "a name with a directory is refused")
        } catch (e: LifeosException.Validation) {
            check(e.field == "name", "the error names the name")
        }
        val habit = store.createHabit(Habit(name = "stretch", schedule = "daily"))
        val checkin = store.checkInHabit(habit.kernel.id, "2026-12-01", false, null, "")
        check(checkin.fields.status == CheckinStatus.DONE, "the check-in is done")
        val weight = store.logHealth("weight", "72.4kg", null, "2026-12-01T07:30:00Z", false)
        check(weight.fields.value == 72400L, "72.4 kg is 72400 g")
        val today = store.today("2026-12-01", 0)
        check(today.tasksDue.map { it.fields.title } == listOf("call the plumber"), "Today lists the task")
        check(today.healthToday.size == 1 && today.habitsDue.isEmpty(), "Today has the weight, no habit due")
        try {
            store.createTask(Task(title = "", status = TaskStatus.TODO, priority = Priority.NONE))
            check(false, "an empty title is refused")
        } catch (e: LifeosException.Validation) {
            check(e.field == "title", "the error names the field")
        }
        val progress = Progress()
        val summary = store.sync(session, progress, CancelToken())
        check(summary.pushed == 5uL && store.status().pending == 0uL, "all five rows pushed")
        check(summary.blobsUploaded == 1uL && store.status().blobUploadsPending == 0uL,
            "the attached file uploaded after the rows")
        check(progress.events > 0, "progress was reported")
        // another thread, as WorkManager would: a second round with nothing to do
        var second: SyncSummary? = null
        val t = Thread { second = store.sync(session, null, null) }
        t.start(); t.join()
        check(second?.pushed == 0uL, "a background round pushes nothing new")
        println("synced ${summary.pushed} rows, cursor ${summary.cursor}")
    } else {
        val store = LifeosStore.open(path, File("$dir/key").readText())
        val id = File("$dir/task").readText()
        val row = store.getTask(id)
        check(row.kernel.version == 1L, "the phone still has version 1")
        val once = store.updateTask(id, 1, row.fields.copy(title = "phone title"))
        store.updateTask(id, once.kernel.version, once.fields.copy(notes = "edited twice"))
        try {
            store.updateTask(id, 1, row.fields)
            check(false, "a stale version is a conflict")
        } catch (e: LifeosException.Conflict) {
            check(e.expected == 1L && e.actual == 3L, "the conflict says the versions")
        }
        store.sync(session, null, null)
        val after = store.getTask(id)
        println("title ${after.fields.title} version ${after.kernel.version}")
    }
}
