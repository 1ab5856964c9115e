<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>AreaDialog</name>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Edit residential area</source>
        <translation>Sửa khu dân cư</translation>
    </message>
    <message>
        <source>Add residential area</source>
        <translation>Thêm khu dân cư</translation>
    </message>
    <message>
        <source>Residential area</source>
        <translation>Khu dân cư</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Tên:</translation>
    </message>
    <message>
        <source>e.g. Thôn Nà Liềm</source>
        <translation>ví dụ: Thôn Nà Liềm</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Loại:</translation>
    </message>
    <message>
        <source>&amp;Population:</source>
        <translation>Số &amp;nhân khẩu:</translation>
    </message>
    <message>
        <source>number of residents (may be left empty)</source>
        <translation>số người (có thể để trống)</translation>
    </message>
    <message>
        <source>&amp;Households:</source>
        <translation>Số &amp;hộ:</translation>
    </message>
    <message>
        <source>number of households (may be left empty)</source>
        <translation>số hộ gia đình (có thể để trống)</translation>
    </message>
    <message>
        <source>Key-area characteristics</source>
        <translation>Đặc điểm địa bàn trọng điểm</translation>
    </message>
    <message>
        <source>Notes on the key area</source>
        <translation>Ghi chú về địa bàn trọng điểm</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Ghi chú:</translation>
    </message>
</context>
<context>
    <name>AreaPage</name>
    <message numerus="yes">
        <source>%n residential area(s)</source>
        <translation>
            <numerusform>%n khu dân cư</numerusform>
        </translation>
    </message>
    <message>
        <source> matching the search</source>
        <translation> khớp với từ tìm kiếm</translation>
    </message>
    <message>
        <source>Delete the residential area “%1”? It can be restored later (Show deleted, then Restore, or Ctrl+Z).</source>
        <translation>Xóa khu dân cư “%1”? Có thể khôi phục lại sau (đánh dấu “Hiện mục đã xóa” rồi bấm “Khôi phục”, hoặc Ctrl+Z).</translation>
    </message>
    <message>
        <source>Delete residential area</source>
        <translation>Xóa khu dân cư</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Deleted “%1”. Press Ctrl+Z to undo.</source>
        <translation>Đã xóa “%1”. Bấm Ctrl+Z để hoàn tác.</translation>
    </message>
    <message>
        <source>Restored the deleted residential area.</source>
        <translation>Đã khôi phục khu dân cư vừa xóa.</translation>
    </message>
    <message>
        <source>Residential areas</source>
        <translation>Địa bàn</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Thêm…</translation>
    </message>
    <message>
        <source>Add a residential area (Ctrl+N)</source>
        <translation>Thêm khu dân cư (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Sửa…</translation>
    </message>
    <message>
        <source>Edit the selected area (Enter or double-click)</source>
        <translation>Sửa khu dân cư đang chọn (Enter hoặc nhấp đúp)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>Delete the selected area; it can be restored later (Del)</source>
        <translation>Xóa khu dân cư đang chọn; có thể khôi phục sau (Del)</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Khôi phục</translation>
    </message>
    <message>
        <source>Restore the selected deleted area (Ctrl+Z restores the last one deleted)</source>
        <translation>Khôi phục khu dân cư đã xóa đang chọn (Ctrl+Z khôi phục mục vừa xóa)</translation>
    </message>
    <message>
        <source>Show deleted</source>
        <translation>Hiện mục đã xóa</translation>
    </message>
    <message>
        <source>Search by name, without diacritics too (Ctrl+F)</source>
        <translation>Tìm theo tên, gõ không dấu cũng được (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>AreaTableModel</name>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Nhân khẩu</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>Số hộ</translation>
    </message>
    <message>
        <source>Key-area characteristics</source>
        <translation>Đặc điểm địa bàn trọng điểm</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source> (deleted)</source>
        <translation> (đã xóa)</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in</source>
        <translation>Đăng nhập</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Tên đăng &amp;nhập:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mật khẩu:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Overview</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <source>Residential areas</source>
        <translation>Địa bàn</translation>
    </message>
    <message>
        <source>Security forces</source>
        <translation>Lực lượng</translation>
    </message>
    <message>
        <source>Self-management models</source>
        <translation>Mô hình tự phòng, tự quản</translation>
    </message>
    <message>
        <source>Campaigns &amp; activities</source>
        <translation>Phong trào &amp; hoạt động</translation>
    </message>
    <message>
        <source>Plans &amp; targets</source>
        <translation>Kế hoạch &amp; chỉ tiêu</translation>
    </message>
    <message>
        <source>Evaluation &amp; commendation</source>
        <translation>Đánh giá &amp; khen thưởng</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>Synchronisation</source>
        <translation>Đồng bộ</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Quản trị</translation>
    </message>
    <message>
        <source>User: %1 (%2)</source>
        <translation>Người dùng: %1 (%2)</translation>
    </message>
    <message>
        <source>Last sync: never</source>
        <translation>Đồng bộ gần nhất: chưa có</translation>
    </message>
    <message>
        <source>The language changes when the application is started again.</source>
        <translation>Ngôn ngữ sẽ đổi khi mở lại chương trình.</translation>
    </message>
    <message>
        <source>ANTT Desktop</source>
        <translation>ANTT Desktop</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Hiển thị</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>T&amp;hoát</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Cannot do that</source>
        <translation>Không thực hiện được</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Residential areas</source>
        <translation>Địa bàn</translation>
    </message>
    <message>
        <source>Residential areas:</source>
        <translation>Số khu dân cư:</translation>
    </message>
    <message>
        <source>Population / households:</source>
        <translation>Nhân khẩu / số hộ:</translation>
    </message>
    <message>
        <source>Key areas:</source>
        <translation>Địa bàn trọng điểm:</translation>
    </message>
    <message>
        <source>Figures on forces, models, campaigns, plans and evaluations will appear here as those parts of the application become available.</source>
        <translation>Số liệu về lực lượng, mô hình, phong trào, kế hoạch và đánh giá sẽ hiện ở đây khi các phần đó có trong chương trình.</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>This part of the application is not available yet. It will come in a later version; nothing here is stored or shown until then.</source>
        <translation>Phần này chưa có. Phần này sẽ có ở phiên bản sau; đến lúc đó ở đây chưa lưu và chưa hiển thị gì.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Tiếp &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Quay lại</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Hoàn tất</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Choose your unit in the list (search by name or code).</source>
        <translation>Hãy chọn đơn vị trong danh sách (tìm theo tên hoặc mã).</translation>
    </message>
    <message>
        <source>The two passwords differ; type the same password twice.</source>
        <translation>Hai lần nhập mật khẩu không giống nhau; hãy nhập lại cùng một mật khẩu.</translation>
    </message>
    <message>
        <source>First-run setup</source>
        <translation>Khởi tạo lần đầu</translation>
    </message>
    <message>
        <source>Level of this installation</source>
        <translation>Cấp của đơn vị sử dụng</translation>
    </message>
    <message>
        <source>Choose the level of the police unit that works on this computer.</source>
        <translation>Chọn cấp của đơn vị công an làm việc trên máy tính này.</translation>
    </message>
    <message>
        <source>&amp;Commune, ward or special zone police (Công an xã, phường, đặc khu)</source>
        <translation>&amp;Công an xã, phường, đặc khu</translation>
    </message>
    <message>
        <source>&amp;Provincial police (receives and consolidates the communes&apos; data)</source>
        <translation>Công an &amp;tỉnh, thành phố (nhận và tổng hợp dữ liệu của các xã)</translation>
    </message>
    <message>
        <source>&amp;Intermediate unit (a former district or a cluster of communes, created by hand)</source>
        <translation>Đơn vị &amp;trung gian (huyện cũ hoặc cụm xã, tự tạo)</translation>
    </message>
    <message>
        <source>Your unit</source>
        <translation>Đơn vị của bạn</translation>
    </message>
    <message>
        <source>Find your unit in the official list; typing without diacritics works too.</source>
        <translation>Tìm đơn vị trong danh mục chính thức; gõ không dấu cũng được.</translation>
    </message>
    <message>
        <source>Type part of the name or the code, e.g. thuong lam or 02269</source>
        <translation>Gõ một phần tên hoặc mã, ví dụ: thuong lam hoặc 02269</translation>
    </message>
    <message>
        <source>Intermediate unit</source>
        <translation>Đơn vị trung gian</translation>
    </message>
    <message>
        <source>Pro&amp;vince:</source>
        <translation>&amp;Tỉnh, thành phố:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Tên:</translation>
    </message>
    <message>
        <source>e.g. Cụm xã Lâm Bình</source>
        <translation>ví dụ: Cụm xã Lâm Bình</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Mã:</translation>
    </message>
    <message>
        <source>letters first, e.g. H-LAMBINH</source>
        <translation>bắt đầu bằng chữ cái, ví dụ: H-LAMBINH</translation>
    </message>
    <message>
        <source>Administrator account</source>
        <translation>Tài khoản quản trị</translation>
    </message>
    <message>
        <source>The administrator manages users and settings. Keep the password safe: it cannot be recovered.</source>
        <translation>Quản trị viên quản lý người dùng và cài đặt. Hãy giữ kỹ mật khẩu: không thể lấy lại mật khẩu đã quên.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Tên đăng &amp;nhập:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Họ và tên:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mật khẩu:</translation>
    </message>
    <message>
        <source>Pass&amp;word again:</source>
        <translation>Nhập &amp;lại mật khẩu:</translation>
    </message>
</context>
</TS>
