# Shared target settings: warnings and sanitizers in one place.
function(pact_target_defaults target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic)
  if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
    # GCC 12 reports false -Wrestrict/-Wstringop-overflow on std::string
    # (GCC bug 105329) and false -Wmaybe-uninitialized on std::variant
    # members (GCC bug 105593) at -O2; they would break -Werror builds.
    target_compile_options(${target} PRIVATE -Wno-restrict -Wno-stringop-overflow -Wno-maybe-uninitialized)
  endif()
  if(PACT_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
endfunction()

if(PACT_SANITIZE)
  string(REPLACE ";" "," _san "${PACT_SANITIZE}")
  add_compile_options(-fsanitize=${_san} -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  add_link_options(-fsanitize=${_san})
  if("thread" IN_LIST PACT_SANITIZE AND CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
    # Asio uses atomic_thread_fence, which GCC warns TSan cannot see.
    add_compile_options(-Wno-tsan)
  endif()
endif()

# One core layer = one static library built from the .cpp files of its folder.
# Links are PRIVATE unless a header truly exposes the dependency (CONVENTIONS.md §5).
function(pact_add_layer name)
  cmake_parse_arguments(L "" "" "PUBLIC_DEPS;PRIVATE_DEPS" ${ARGN})
  file(GLOB _srcs CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/*.cpp)
  if(NOT _srcs)
    # A layer whose sources have not landed yet: headers only.
    add_library(pact_${name} INTERFACE)
    target_include_directories(pact_${name} INTERFACE ${PROJECT_SOURCE_DIR}/src)
    target_link_libraries(pact_${name} INTERFACE ${L_PUBLIC_DEPS})
    return()
  endif()
  add_library(pact_${name} STATIC ${_srcs})
  target_include_directories(pact_${name} PUBLIC ${PROJECT_SOURCE_DIR}/src)
  target_compile_features(pact_${name} PUBLIC cxx_std_20)
  target_link_libraries(pact_${name} PUBLIC ${L_PUBLIC_DEPS} PRIVATE ${L_PRIVATE_DEPS})
  pact_target_defaults(pact_${name})
endfunction()

# One GoogleTest executable per unit-test folder, registered with CTest under LABELS.
function(pact_add_test name)
  cmake_parse_arguments(T "" "" "LABELS;LIBS;SOURCES" ${ARGN})
  if(NOT T_SOURCES)
    file(GLOB T_SOURCES CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/*.cpp)
  endif()
  add_executable(${name} ${T_SOURCES})
  target_link_libraries(${name} PRIVATE ${T_LIBS} GTest::gtest GTest::gtest_main GTest::gmock)
  target_compile_definitions(${name} PRIVATE PACT_SHARED_REFERENCE="${PROJECT_SOURCE_DIR}/../shared/reference")
  pact_target_defaults(${name})
  gtest_discover_tests(${name} PROPERTIES LABELS "${T_LABELS}" DISCOVERY_TIMEOUT 60)
endfunction()
