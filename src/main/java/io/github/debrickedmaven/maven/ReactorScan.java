package io.github.debrickedmaven.maven;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.project.MavenProject;

/**
 * Finds the last module of the reactor to run {@code scan}, as maven-install-plugin's
 * {@code installAtEnd} does: each module records its files in the plugin context, and the one that
 * finds every expected module recorded gets all of them, exactly once, also under {@code -T}.
 */
final class ReactorScan {

    private static final String FILES = "debricked.scan.files";
    private static final String CLAIMED = "debricked.scan.claimed";

    private ReactorScan() {
    }

    /**
     * Records this module's files.
     *
     * @return every module's files, in reactor order, when this is the last module to run the goal;
     *     null otherwise
     */
    static List<ModuleFiles> record(MavenSession session, PluginDescriptor plugin, MojoExecution execution,
            MavenProject project, ModuleFiles files) {
        session.getPluginContext(plugin, project).put(FILES, files);
        // one shared map for the whole reactor: the plugin context of its first project
        Map<String, Object> shared = session.getPluginContext(plugin, session.getProjects().get(0));
        synchronized (shared) {
            List<ModuleFiles> all = new ArrayList<>();
            for (MavenProject module : session.getProjects()) {
                if (!runsScan(module, plugin, execution)) {
                    continue;
                }
                ModuleFiles recorded = (ModuleFiles) session.getPluginContext(plugin, module).get(FILES);
                if (recorded == null) {
                    return null; // a module still to come
                }
                all.add(recorded);
            }
            if (shared.putIfAbsent(CLAIMED, Boolean.TRUE) != null) {
                return null; // another module got here first
            }
            return all;
        }
    }

    /** Every module runs a goal given on the command line; otherwise only those that bind it. */
    private static boolean runsScan(MavenProject module, PluginDescriptor plugin, MojoExecution execution) {
        if (execution.getExecutionId() == null || execution.getExecutionId().startsWith("default-cli")) {
            return true;
        }
        for (Plugin declared : module.getBuildPlugins()) {
            if (declared.getKey().equals(plugin.getPluginLookupKey())) {
                for (PluginExecution pluginExecution : declared.getExecutions()) {
                    if (pluginExecution.getGoals().contains(execution.getGoal())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
