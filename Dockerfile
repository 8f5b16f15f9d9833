# One image recipe for every service and the gateway.
# Build with: docker build --build-arg SERVICE=complaint-service .
# Needs BuildKit (default in current Docker) for the Maven cache mount.

# ---- Stage 1: build the module and split its exec jar into layers ----
FROM eclipse-temurin:17-jdk AS build
ARG SERVICE
WORKDIR /src
COPY . .
# The cache mount keeps ~/.m2 (Maven itself and dependencies) between builds;
# "locked" stops parallel compose builds from writing it at the same time.
RUN --mount=type=cache,target=/root/.m2,sharing=locked \
    test -n "${SERVICE}" || { echo "build arg SERVICE is required" >&2; exit 1; } \
 && ./mvnw -B -q -DskipTests -Dspring-javaformat.skip=true package -pl "${SERVICE}" -am \
 && cp "${SERVICE}/target/${SERVICE}-"*-exec.jar /app.jar
RUN java -Djarmode=tools -jar /app.jar extract --layers --launcher --destination /extracted \
 && mkdir -p /extracted/dependencies /extracted/spring-boot-loader \
             /extracted/snapshot-dependencies /extracted/application

# ---- Stage 2: runtime ----
FROM eclipse-temurin:17-jre
RUN groupadd --system spring && useradd --system --gid spring --no-create-home spring
WORKDIR /app
# Least to most frequently changed, so dependency layers stay cached.
COPY --from=build /extracted/dependencies/ ./
COPY --from=build /extracted/spring-boot-loader/ ./
COPY --from=build /extracted/snapshot-dependencies/ ./
COPY --from=build /extracted/application/ ./
USER spring
# The port comes from SERVER_PORT or the service's default.
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
ENTRYPOINT ["java", "org.springframework.boot.loader.launch.JarLauncher"]
