// A vector of trivially copyable values whose first N live inside the object: a list that almost always holds a
// few entries (a Dockerfile instruction's offset runs, one per physical line) costs no allocation.
#pragma once

#include <algorithm>
#include <array>
#include <cstddef>
#include <initializer_list>
#include <type_traits>
#include <vector>

namespace dw::util {

template <typename T, std::size_t N>
class InlineVector {
    static_assert(std::is_trivially_copyable_v<T>, "entries are copied between the inline slots and the heap");
    static_assert(N > 0);

  public:
    using value_type = T;
    using iterator = T*;
    using const_iterator = const T*;

    InlineVector() = default;
    InlineVector(std::initializer_list<T> values)
    {
        for (const T& value : values) push_back(value);
    }

    void push_back(const T& value)
    {
        if (size_ < N) {
            inline_[size_++] = value;
            return;
        }
        if (size_ == N) spilled_.assign(inline_.begin(), inline_.end()); // from here on every entry is on the heap
        spilled_.push_back(value);
        ++size_;
    }
    void clear()
    {
        size_ = 0;
        spilled_.clear();
    }

    std::size_t size() const { return size_; }
    bool empty() const { return size_ == 0; }
    bool isInline() const { return size_ <= N; }

    T* data() { return isInline() ? inline_.data() : spilled_.data(); }
    const T* data() const { return isInline() ? inline_.data() : spilled_.data(); }
    T* begin() { return data(); }
    T* end() { return data() + size_; }
    const T* begin() const { return data(); }
    const T* end() const { return data() + size_; }
    T& operator[](std::size_t index) { return data()[index]; }
    const T& operator[](std::size_t index) const { return data()[index]; }
    T& front() { return data()[0]; }
    const T& front() const { return data()[0]; }
    T& back() { return data()[size_ - 1]; }
    const T& back() const { return data()[size_ - 1]; }

    friend bool operator==(const InlineVector& a, const InlineVector& b)
    {
        return std::equal(a.begin(), a.end(), b.begin(), b.end());
    }

  private:
    std::array<T, N> inline_{};
    std::vector<T> spilled_; ///< every entry once there are more than N, else empty
    std::size_t size_ = 0;
};

} // namespace dw::util
