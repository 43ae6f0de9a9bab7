import io.github.debrickedmaven.testserver.ItSupport
def server = ItSupport.start(basedir, context)
// Each sub-project is a build of its own: the invoker filters only the top POM, so fill in the
// plugin coordinates here, and give each the stand-in's URL.
basedir.eachDir { dir ->
    def pom = new File(dir, 'pom.xml')
    if (pom.exists()) {
        pom.text = pom.text.replace('@project.groupId@', 'io.github.debrickedmaven')
                .replace('@project.artifactId@', 'debricked-maven-plugin')
                .replace('@project.version@', pluginVersion)
        ItSupport.writeMavenConfig(dir, server)
    }
}
true
