# Builds the portal jar with the Maven wrapper (its AOT processing included) and runs it on a JRE as an
# unprivileged user, extracted, in AOT mode and with a class-data-sharing archive (Spring Boot's "efficient
# deployments"): start-up in about a third of the time of java -jar (bench/startup, README "Scale").
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src src
RUN ./mvnw -B -q package -DskipTests

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 portal
WORKDIR /app
COPY --from=build /src/target/portal.jar /tmp/portal.jar
RUN java -Djarmode=tools -jar /tmp/portal.jar extract --destination /app && rm /tmp/portal.jar
# training run, in AOT mode as the image runs: builds the application context once and records the classes it
# loaded; it needs no database (no migration: PortalApplication skips it in a run that exits on refresh; no
# schema check, no JDBC metadata), so it runs here at build time
RUN java -Dspring.aot.enabled=true -XX:ArchiveClassesAtExit=/app/portal.jsa -Dspring.context.exit=onRefresh \
        -jar /app/portal.jar --spring.datasource.url=jdbc:postgresql://127.0.0.1:1/none --spring.jpa.hibernate.ddl-auto=none \
        --spring.jpa.database-platform=org.hibernate.dialect.PostgreSQLDialect \
        --spring.jpa.properties.hibernate.boot.allow_jdbc_metadata_access=false --logging.level.root=WARN
USER portal
EXPOSE 8080
ENTRYPOINT ["java", "-Dspring.aot.enabled=true", "-XX:SharedArchiveFile=/app/portal.jsa", "-jar", "/app/portal.jar"]
