import io.github.debrickedmaven.testserver.ItSupport
ItSupport.assertLogContains(basedir,
        'Refusing to send Debricked credentials over plain http to debricked.example.invalid',
        'debricked.allowInsecureHttp')
true
