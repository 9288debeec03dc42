# Sourced by the tools: prints the class path of the compiled project, compiling first only when a source,
# resource or the pom is newer than the last compile (a tool then answers in a second or two, not in
# Maven's 20). Usage: cp=$(project_classpath "$root")
project_classpath() {
	local root=$1 stamp="$1/target/classpath.txt"
	if [[ ! -s $stamp || ! -d $root/target/classes \
		|| -n $(find "$root/pom.xml" "$root/src/main" "$root/cypher" "$root/data" -newer "$stamp" -print -quit 2>/dev/null) ]]; then
		(cd "$root" && ./mvnw -q -B compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt >/dev/null)
		touch "$stamp"
	fi
	echo "$root/target/classes:$(cat "$stamp")"
}
