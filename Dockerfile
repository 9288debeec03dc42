# The application image for docker-compose.yml: built from source with the Maven wrapper.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY . .
RUN ./mvnw -B -q -DskipTests package && cp target/accountability-graph-exec.jar /app.jar

FROM eclipse-temurin:17-jre
COPY --from=build /app.jar /app/app.jar
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
