package ru.probity.tasks;

import java.util.List;
import ru.probity.access.CurrentUser;

/**
 * The port every business area implements to put what waits on a user into «Мои задачи». A source
 * answers with the same scope as the area's own lists (role and organization subtree) and returns
 * nothing for users it has no work for; it never throws for a role it does not serve.
 */
public interface TaskSource {

    /** What waits on {@code user} in this area now. */
    List<Task> tasksOf(CurrentUser user);
}
